package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Token pairs kept in a map keyed by refresh-token hash, for unit tests of services. */
public class InMemoryOAuthTokenRepository implements OAuthTokenRepository {
  private final Map<String, TokenPair> pairs = new ConcurrentHashMap<>();

  @Override
  public void save(TokenPair pair) {
    pairs.put(pair.refreshTokenHash(), pair);
  }

  @Override
  public Optional<TokenPair> findByAccessTokenHash(String accessTokenHash) {
    return pairs.values().stream()
        .filter(p -> p.accessTokenHash().equals(accessTokenHash))
        .findFirst();
  }

  @Override
  public Optional<TokenPair> findByRefreshTokenHash(String refreshTokenHash) {
    return Optional.ofNullable(pairs.get(refreshTokenHash));
  }

  @Override
  public void supersede(String refreshTokenHash, Instant at) {
    pairs.computeIfPresent(refreshTokenHash, (hash, pair) -> pair.supersededAt(at));
  }

  @Override
  public boolean hasCurrentPair(OwnerId owner) {
    return pairs.values().stream().anyMatch(p -> p.owner().equals(owner) && !p.isSuperseded());
  }

  @Override
  public void deleteByOwner(OwnerId owner) {
    pairs.values().removeIf(p -> p.owner().equals(owner));
  }

  @Override
  public int deleteSupersededBefore(OwnerId owner, Instant cutoff) {
    int before = pairs.size();
    pairs
        .values()
        .removeIf(
            p -> p.owner().equals(owner) && p.isSuperseded() && p.supersededAt().isBefore(cutoff));
    return before - pairs.size();
  }

  @Override
  public void deleteByGrant(String grantId) {
    pairs.values().removeIf(p -> grantId.equals(p.grantId()));
  }

  public int size() {
    return pairs.size();
  }
}
