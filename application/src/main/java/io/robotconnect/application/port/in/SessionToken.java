package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;

/** A freshly issued session bearer token (shown once, stored only hashed). */
public record SessionToken(String token, OwnerId owner, Instant expiresAt) {
  @Override
  public String toString() {
    return "SessionToken[owner=" + owner + ", expiresAt=" + expiresAt + "]";
  }
}
