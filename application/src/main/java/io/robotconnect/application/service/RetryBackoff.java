package io.robotconnect.application.service;

import java.time.Duration;

/**
 * How long to wait before the next attempt after some failed ones (made by the composition root).
 */
@FunctionalInterface
public interface RetryBackoff {

  /** The wait before the next attempt, after {@code failedAttempts} failures (0 = first retry). */
  Duration delayAfter(int failedAttempts);
}
