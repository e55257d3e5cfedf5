package io.robotconnect.application.service;

import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.RevokeIftttAccessUseCase;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/**
 * Remembers for a few seconds whose access token a bearer token is, so that IFTTT's frequent polls
 * do not each cost a token lookup. Only valid tokens are remembered (by their hash, never the token
 * itself); a revocation on this instance forgets them all at once, one on another instance takes
 * effect here within the cache's time to live.
 */
public class CachedAccessTokens
    implements AuthenticateAccessTokenUseCase, RevokeIftttAccessUseCase {
  private final AuthenticateAccessTokenUseCase authentication;
  private final RevokeIftttAccessUseCase revocation;
  private final ExpiringCache<String, OwnerId> owners;

  public CachedAccessTokens(
      AuthenticateAccessTokenUseCase authentication,
      RevokeIftttAccessUseCase revocation,
      ExpiringCache<String, OwnerId> owners) {
    this.authentication = authentication;
    this.revocation = revocation;
    this.owners = owners;
  }

  @Override
  public Optional<OwnerId> authenticate(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      return Optional.empty();
    }
    String tokenHash = SecretTokens.hash(bearerToken);
    Optional<OwnerId> cached = owners.get(tokenHash);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<OwnerId> owner = authentication.authenticate(bearerToken);
    owner.ifPresent(id -> owners.put(tokenHash, id));
    return owner;
  }

  @Override
  public void revokeAll(OwnerId owner) {
    revocation.revokeAll(owner);
    owners.invalidateAll();
  }
}
