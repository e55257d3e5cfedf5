package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerSession;
import java.time.Instant;
import java.util.Optional;

/** Stores the owner app's sessions by the hash of their tokens. */
public interface OwnerSessionRepository {

  void save(OwnerSession session);

  Optional<OwnerSession> findByTokenHash(String tokenHash);

  /** Forgets the session (signing out); nothing happens for an unknown hash. */
  void delete(String tokenHash);

  /** Forgets sessions that expired before {@code now}; returns how many. */
  int deleteExpired(Instant now);

  /**
   * Forgets up to {@code max} sessions expired at {@code now} (those {@link #deleteExpired} would
   * forget); returns how many.
   */
  int purgeExpired(Instant now, int max);
}
