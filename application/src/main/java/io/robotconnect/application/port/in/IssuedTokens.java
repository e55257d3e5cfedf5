package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.Optional;

/**
 * Tokens just issued to an owner (shown once, stored only hashed).
 *
 * @param accessTokenLifetime how long the access token works, or null when it does not expire
 */
public record IssuedTokens(
    OwnerId owner, String accessToken, String refreshToken, Duration accessTokenLifetime) {

  public Optional<Duration> expiresIn() {
    return Optional.ofNullable(accessTokenLifetime);
  }

  @Override
  public String toString() {
    return "IssuedTokens[owner=" + owner + "]";
  }
}
