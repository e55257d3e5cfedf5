package io.robotconnect.bootstrap;

import io.robotconnect.application.service.OutboxWorker;

/** How many attempts an outbox message gets before it is dead-lettered. */
final class OutboxAttempts {
  static final String VARIABLE = "ROBOTCONNECT_OUTBOX_MAX_ATTEMPTS";

  private OutboxAttempts() {}

  /** The worker settings with the configured maximum of attempts. */
  static OutboxWorker.Settings applied(Environment env, OutboxWorker.Settings settings) {
    return settings.withMaxAttempts(
        env.integer(VARIABLE, OutboxWorker.Settings.DEFAULT_MAX_ATTEMPTS, 1, 1000));
  }
}
