package io.robotconnect.application.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after {@code n} failed attempts, wait between half and all of
 * {@code min(maximum, initial * 2^n)}, so that many failed messages do not come back all at once.
 */
public record RetryBackoff(Duration initial, Duration maximum) {
  public RetryBackoff {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial backoff must be positive");
    }
    if (maximum == null || maximum.compareTo(initial) < 0) {
      throw new IllegalArgumentException("maximum backoff must be at least the initial one");
    }
  }

  public static RetryBackoff standard() {
    return new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
  }

  /** The wait before the next attempt, after {@code failedAttempts} failures (0 = first retry). */
  public Duration delayAfter(int failedAttempts) {
    long ceiling = ceilingMillis(failedAttempts);
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }

  long ceilingMillis(int failedAttempts) {
    long millis = initial.toMillis();
    long max = maximum.toMillis();
    for (int i = 0; i < failedAttempts && millis < max; i++) {
      millis *= 2;
    }
    return Math.min(millis, max);
  }
}
