package io.robotconnect.application.port.out;

import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores OAuth2 authorization codes by the hash of their values; a redeemed code is kept, marked,
 * until it expires, so that a second redemption can be told from a code never issued.
 */
public interface AuthorizationCodeRepository {

  void save(AuthorizationCode code);

  /**
   * Marks the code redeemed at {@code at} and returns it, saying whether this call redeemed it
   * first; of concurrent callers with the same hash only one is first. Empty for an unknown code.
   */
  Optional<CodeRedemption> redeem(String codeHash, Instant at);

  /** Removes every code of the owner. */
  void deleteByOwner(OwnerId owner);

  /** Removes codes that expired before {@code now}, redeemed or not; returns how many. */
  int deleteExpired(Instant now);

  /**
   * Removes up to {@code max} codes expired at {@code now} (those {@link #deleteExpired} would
   * remove); returns how many.
   */
  int purgeExpired(Instant now, int max);
}
