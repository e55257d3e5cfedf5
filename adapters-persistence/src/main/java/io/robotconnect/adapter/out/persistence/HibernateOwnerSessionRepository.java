package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.OwnerSession;
import java.time.Instant;
import java.util.Optional;

final class HibernateOwnerSessionRepository implements OwnerSessionRepository {
  /** Through {@code ix_owner_sessions_expires}. */
  private static final RetentionSql.Purgeable EXPIRED =
      new RetentionSql.Purgeable("owner_sessions", "expires_at <= ?");

  private final SessionContext context;
  private final RetentionSql retention;

  HibernateOwnerSessionRepository(SessionContext context, RetentionSql retention) {
    this.context = context;
    this.retention = retention;
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

  @Override
  public int purgeExpired(Instant now, int max) {
    return retention.deleteBatch(context, EXPIRED, now, max);
  }
}
