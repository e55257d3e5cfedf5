package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.CodeRedemption;
import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

final class HibernateAuthorizationCodeRepository implements AuthorizationCodeRepository {
  /** Through {@code ix_oauth_codes_expires}. */
  private static final RetentionSql.Purgeable EXPIRED =
      new RetentionSql.Purgeable("oauth_authorization_codes", "expires_at <= ?");

  private final SessionContext context;
  private final RetentionSql retention;

  HibernateAuthorizationCodeRepository(SessionContext context, RetentionSql retention) {
    this.context = context;
    this.retention = retention;
  }

  @Override
  public void save(AuthorizationCode code) {
    context.run(s -> s.merge(OwnerCredentialMapper.toEntity(code)));
  }

  /**
   * Marks the code, then reads it; only the caller whose update changed the row is first (a
   * concurrent update waits on the row lock and then finds the code already redeemed).
   */
  @Override
  public Optional<CodeRedemption> redeem(String codeHash, Instant at) {
    return context.call(
        s -> {
          int marked =
              s.createMutationQuery(
                      "update AuthorizationCodeEntity set redeemedAt = :at"
                          + " where codeHash = :hash and redeemedAt is null")
                  .setParameter("at", at)
                  .setParameter("hash", codeHash)
                  .executeUpdate();
          return Optional.ofNullable(s.get(AuthorizationCodeEntity.class, codeHash))
              .map(
                  entity ->
                      new CodeRedemption(OwnerCredentialMapper.toDomain(entity), marked == 1));
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

  @Override
  public int purgeExpired(Instant now, int max) {
    return retention.deleteBatch(context, EXPIRED, now, max);
  }
}
