package io.robotconnect.bootstrap;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.robotconnect.application.service.RetryBackoff;
import java.time.Duration;

/**
 * Every retry and backoff of the platform, configured in one place with resilience4j: the Connect
 * API client's retries of idempotent calls, the outbox's backoff between delivery attempts, the
 * MQTT client's reconnects and the robot-event intake's retries while the database is away. Each
 * retry is made from the one registry, so that the metrics binding ({@code
 * resilience4j-micrometer}) can publish them all.
 */
public final class Retries {
  private final RetryRegistry registry = RetryRegistry.ofDefaults();

  /**
   * The Connect API client's retry: {@code maxAttempts} in all, waiting {@code firstBackoff} before
   * the second and twice as long before each next. The client hands it only the failures that may
   * be sent again (a connection error, a timeout or a 5xx of an idempotent call; a call that never
   * reached IFTTT), so it retries every failure it sees.
   */
  public Retry connectApi(int maxAttempts, Duration firstBackoff) {
    return registry.retry(
        "connect-api",
        RetryConfig.custom()
            .maxAttempts(maxAttempts)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(firstBackoff, 2))
            .build());
  }

  /** The registry every named retry of the platform comes from. */
  public RetryRegistry registry() {
    return registry;
  }

  /** The MQTT clients' delays between attempts to reach the broker: 0.5 s, doubling to 10 s. */
  public IntervalFunction mqttReconnect() {
    return IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2, Duration.ofSeconds(10));
  }

  /**
   * Recording the voice commands robots report while the database is away: after 0.1 s, doubling to
   * 5 s, until it is back (the intake stops retrying by itself at shutdown).
   */
  public Retry robotEventIntake() {
    return registry.retry(
        "robot-event-intake",
        RetryConfig.custom()
            .maxAttempts(Integer.MAX_VALUE)
            .intervalFunction(
                IntervalFunction.ofExponentialBackoff(
                    Duration.ofMillis(100), 2, Duration.ofSeconds(5)))
            .build());
  }

  /**
   * The wait before an outbox message's next delivery attempt, and a drainer's pause while the
   * outbox itself fails: about 1 s, doubling, at most 5 min, each wait jittered by up to half so
   * that messages that failed together come back spread out.
   */
  public RetryBackoff outboxBackoff() {
    IntervalFunction interval =
        IntervalFunction.ofExponentialRandomBackoff(
            Duration.ofSeconds(1), 2.0, 0.5, Duration.ofMinutes(5));
    // resilience4j caps a wait after jittering it: past 256 s every wait would be 5 min exactly,
    // so the doubling stops there and the waits stay spread (128 s to 5 min).
    return failedAttempts ->
        Duration.ofMillis(interval.apply(Math.min(Math.max(failedAttempts, 0), 8) + 1));
  }
}
