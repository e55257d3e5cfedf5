package io.robotconnect.domain.owner;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session of the owner's app, known only by the SHA-256 hash of its bearer token.
 *
 * @param tokenHash hex SHA-256 of the session token
 */
public record OwnerSession(String tokenHash, OwnerId owner, Instant createdAt, Instant expiresAt) {
  public OwnerSession {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
