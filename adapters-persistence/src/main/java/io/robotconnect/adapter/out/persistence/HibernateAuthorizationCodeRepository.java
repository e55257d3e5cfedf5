package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

final class HibernateAuthorizationCodeRepository implements AuthorizationCodeRepository {
  private final SessionContext context;

  HibernateAuthorizationCodeRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public void save(AuthorizationCode code) {
    context.run(s -> s.merge(OwnerCredentialMapper.toEntity(code)));
  }

  /**
   * Reads the code, then deletes it; only the caller whose delete removed the row gets it (a
   * concurrent delete waits on the row lock and then removes nothing).
   */
  @Override
  public Optional<AuthorizationCode> take(String codeHash) {
    return context.call(
        s -> {
          AuthorizationCodeEntity entity = s.get(AuthorizationCodeEntity.class, codeHash);
          if (entity == null) {
            return Optional.empty();
          }
          AuthorizationCode code = OwnerCredentialMapper.toDomain(entity);
          s.detach(entity);
          int deleted =
              s.createMutationQuery("delete from AuthorizationCodeEntity where codeHash = :hash")
                  .setParameter("hash", codeHash)
                  .executeUpdate();
          return deleted == 1 ? Optional.of(code) : Optional.empty();
        });
  }

  @Override
  public void deleteByOwner(OwnerId owner) {
    context.run(
        s ->
            s.createMutationQuery("delete from AuthorizationCodeEntity where ownerId = :owner")
                .setParameter("owner", owner.value())
                .executeUpdate());
  }

  @Override
  public int deleteExpired(Instant now) {
    return context.call(
        s ->
            s.createMutationQuery("delete from AuthorizationCodeEntity where expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate());
  }
}
