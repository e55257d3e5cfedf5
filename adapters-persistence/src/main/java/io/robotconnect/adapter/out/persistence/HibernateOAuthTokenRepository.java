package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

final class HibernateOAuthTokenRepository implements OAuthTokenRepository {
  private final SessionContext context;

  HibernateOAuthTokenRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public void save(TokenPair pair) {
    context.run(s -> s.merge(OwnerCredentialMapper.toEntity(pair)));
  }

  @Override
  public Optional<TokenPair> findByAccessTokenHash(String accessTokenHash) {
    return context
        .call(
            s ->
                s.createSelectionQuery(
                        "from TokenPairEntity where accessTokenHash = :hash", TokenPairEntity.class)
                    .setParameter("hash", accessTokenHash)
                    .uniqueResultOptional())
        .map(OwnerCredentialMapper::toDomain);
  }

  @Override
  public Optional<TokenPair> findByRefreshTokenHash(String refreshTokenHash) {
    return context
        .call(s -> Optional.ofNullable(s.get(TokenPairEntity.class, refreshTokenHash)))
        .map(OwnerCredentialMapper::toDomain);
  }

  @Override
  public void supersede(String refreshTokenHash, Instant at) {
    context.run(
        s ->
            s.createMutationQuery(
                    "update TokenPairEntity set supersededAt = :at"
                        + " where refreshTokenHash = :hash and supersededAt is null")
                .setParameter("at", at)
                .setParameter("hash", refreshTokenHash)
                .executeUpdate());
  }

  @Override
  public boolean hasCurrentPair(OwnerId owner) {
    return context.call(
        s ->
            !s.createSelectionQuery(
                    "select 1 from TokenPairEntity where ownerId = :owner and supersededAt is null",
                    Integer.class)
                .setParameter("owner", owner.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
  }

  @Override
  public void deleteByOwner(OwnerId owner) {
    context.run(
        s ->
            s.createMutationQuery("delete from TokenPairEntity where ownerId = :owner")
                .setParameter("owner", owner.value())
                .executeUpdate());
  }

  @Override
  public int deleteSupersededBefore(OwnerId owner, Instant cutoff) {
    return context.call(
        s ->
            s.createMutationQuery(
                    "delete from TokenPairEntity where ownerId = :owner and supersededAt < :cutoff")
                .setParameter("owner", owner.value())
                .setParameter("cutoff", cutoff)
                .executeUpdate());
  }

  @Override
  public void deleteByGrant(String grantId) {
    context.run(
        s ->
            s.createMutationQuery("delete from TokenPairEntity where grantId = :grant")
                .setParameter("grant", grantId)
                .executeUpdate());
  }
}
