package io.robotconnect.bootstrap;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
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
}
