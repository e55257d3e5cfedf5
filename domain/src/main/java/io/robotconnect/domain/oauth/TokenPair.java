package io.robotconnect.domain.oauth;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token and its refresh token, issued together to one owner, known only by the SHA-256
 * hashes of their values. A refresh supersedes the pair; a superseded pair keeps working for a
 * grace period so that a client that lost the new pair can still refresh with the old one.
 *
 * @param accessExpiresAt when the access token stops working, or null when it never expires on a
 *     timer
 * @param supersededAt when a refresh replaced this pair, or null while it is the current pair
 * @param grantId the authorization grant the pair descends from (the hash of its code), kept
 *     through refreshes; null for a pair issued without a code
 */
public record TokenPair(
    String accessTokenHash,
    String refreshTokenHash,
    OwnerId owner,
    String clientId,
    Instant issuedAt,
    Instant accessExpiresAt,
    Instant supersededAt,
    String grantId) {
  public TokenPair {
    Objects.requireNonNull(accessTokenHash, "accessTokenHash");
    Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public boolean isSuperseded() {
    return supersededAt != null;
  }

  /** Refresh tokens never expire on a timer; a superseded one lasts for the grace period. */
  public boolean refreshUsableAt(Instant now, Duration grace) {
    return supersededAt == null || now.isBefore(supersededAt.plus(grace));
  }

  public boolean accessUsableAt(Instant now, Duration grace) {
    boolean expired = accessExpiresAt != null && !now.isBefore(accessExpiresAt);
    return !expired && refreshUsableAt(now, grace);
  }

  public TokenPair supersededAt(Instant at) {
    return isSuperseded()
        ? this
        : new TokenPair(
            accessTokenHash,
            refreshTokenHash,
            owner,
            clientId,
            issuedAt,
            accessExpiresAt,
            at,
            grantId);
  }
}
