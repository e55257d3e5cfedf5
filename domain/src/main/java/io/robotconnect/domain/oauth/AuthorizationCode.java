package io.robotconnect.domain.oauth;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time OAuth2 authorization code, known only by the SHA-256 hash of its value.
 *
 * @param codeHash hex SHA-256 of the code
 * @param redirectUri the redirect URI of the authorize request, or null for a code the owner's app
 *     asked for directly (not bound to a redirect URI)
 */
public record AuthorizationCode(
    String codeHash, OwnerId owner, String clientId, String redirectUri, Instant expiresAt) {
  public AuthorizationCode {
    Objects.requireNonNull(codeHash, "codeHash");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Optional<String> boundRedirectUri() {
    return Optional.ofNullable(redirectUri);
  }

  /**
   * RFC 6749 §4.1.3: a code issued for a redirect URI is redeemed only with that same URI; an
   * unbound code takes any (the client was checked when the code was issued).
   */
  public boolean acceptsRedirectUri(String presented) {
    return redirectUri == null || redirectUri.equals(presented);
  }
}
