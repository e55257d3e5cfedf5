package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.EmailAlreadyUsedException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

final class HibernateOwnerRepository implements OwnerRepository {
  private final SessionContext context;

  HibernateOwnerRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public void save(Owner owner) {
    try {
      context.run(session -> saveIn(session, owner));
    } catch (ConstraintViolationException e) {
      if (e.getConstraintName() != null
          && e.getConstraintName().toLowerCase(Locale.ROOT).contains("uq_owners_email")) {
        // two owners raced for one address; the unique index refused the second
        throw new EmailAlreadyUsedException(owner.email());
      }
      throw e;
    }
  }

  private static void saveIn(Session session, Owner owner) {
    Optional<OwnerEntity> holder = findByEmailIn(session, owner.email());
    if (holder.isPresent() && !holder.get().id.equals(owner.id().value())) {
      throw new EmailAlreadyUsedException(owner.email());
    }
    OwnerEntity entity = session.get(OwnerEntity.class, owner.id().value());
    if (entity == null) {
      entity = new OwnerEntity();
      OwnerMapper.copy(owner, entity);
      session.persist(entity);
    } else {
      OwnerMapper.copy(owner, entity);
    }
    session.flush();
  }

  @Override
  public Optional<Owner> findById(OwnerId id) {
    return context
        .call(session -> Optional.ofNullable(session.get(OwnerEntity.class, id.value())))
        .map(OwnerMapper::toDomain);
  }

  @Override
  public Optional<Owner> findByEmail(EmailAddress email) {
    return context.call(session -> findByEmailIn(session, email)).map(OwnerMapper::toDomain);
  }

  private static Optional<OwnerEntity> findByEmailIn(Session session, EmailAddress email) {
    return session
        .createSelectionQuery("from OwnerEntity where email = :email", OwnerEntity.class)
        .setParameter("email", email.value())
        .uniqueResultOptional();
  }
}
