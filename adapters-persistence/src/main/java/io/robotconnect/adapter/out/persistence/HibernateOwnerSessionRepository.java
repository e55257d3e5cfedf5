package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.OwnerSession;
import java.time.Instant;
import java.util.Optional;

final class HibernateOwnerSessionRepository implements OwnerSessionRepository {
  private final SessionContext context;

  HibernateOwnerSessionRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public void save(OwnerSession session) {
    context.run(s -> s.merge(OwnerCredentialMapper.toEntity(session)));
  }

  @Override
  public Optional<OwnerSession> findByTokenHash(String tokenHash) {
    return context
        .call(s -> Optional.ofNullable(s.get(OwnerSessionEntity.class, tokenHash)))
        .map(OwnerCredentialMapper::toDomain);
  }

  @Override
  public void delete(String tokenHash) {
    context.run(
        s ->
            s.createMutationQuery("delete from OwnerSessionEntity where tokenHash = :hash")
                .setParameter("hash", tokenHash)
                .executeUpdate());
  }

  @Override
  public int deleteExpired(Instant now) {
    return context.call(
        s ->
            s.createMutationQuery("delete from OwnerSessionEntity where expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate());
  }
}
