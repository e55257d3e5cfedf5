package io.robotconnect.application.port.out;

import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

/** Stores OAuth2 authorization codes by the hash of their values until they are redeemed. */
public interface AuthorizationCodeRepository {

  void save(AuthorizationCode code);

  /**
   * Removes the code and returns it; of concurrent callers with the same hash only one gets it, so
   * a code can be redeemed once.
   */
  Optional<AuthorizationCode> take(String codeHash);

  /** Removes every code of the owner. */
  void deleteByOwner(OwnerId owner);

  /** Removes codes that expired before {@code now}; returns how many. */
  int deleteExpired(Instant now);
}
