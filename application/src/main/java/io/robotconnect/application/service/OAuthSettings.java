package io.robotconnect.application.service;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The one OAuth2 client we serve (IFTTT) and the lifetimes of what we issue to it.
 *
 * @param redirectUris the exact redirect URIs the authorize page may send the browser to
 * @param codeLifetime how long an authorization code can be redeemed
 * @param refreshGrace how long a refresh token keeps working after it was used for a refresh
 * @param accessTokenLifetime how long an access token works, or null for no timer (then it works
 *     until it is revoked or its pair's grace period after a refresh ends)
 */
public record OAuthSettings(
    String clientId,
    String clientSecret,
    Set<String> redirectUris,
    Duration codeLifetime,
    Duration refreshGrace,
    Duration accessTokenLifetime) {
  public OAuthSettings {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("client id must not be blank");
    }
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException("client secret must not be blank");
    }
    redirectUris = Set.copyOf(redirectUris);
    Objects.requireNonNull(codeLifetime, "codeLifetime");
    Objects.requireNonNull(refreshGrace, "refreshGrace");
    if (codeLifetime.isNegative() || codeLifetime.isZero()) {
      throw new IllegalArgumentException("code lifetime must be positive");
    }
    if (refreshGrace.isNegative()) {
      throw new IllegalArgumentException("refresh grace must not be negative");
    }
    if (accessTokenLifetime != null
        && (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero())) {
      throw new IllegalArgumentException("access token lifetime must be positive when set");
    }
  }

  @Override
  public String toString() {
    return "OAuthSettings[clientId=" + clientId + ", redirectUris=" + redirectUris + "]";
  }
}
