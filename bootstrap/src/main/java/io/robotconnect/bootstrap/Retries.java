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
}
