package io.robotconnect.bootstrap;

import io.github.resilience4j.retry.RetryRegistry;

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
}
