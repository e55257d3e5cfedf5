package io.robotconnect.bootstrap;

import io.robotconnect.application.service.OutboxDrainService;

/** How many attempts an outbox message gets before it is dead-lettered. */
final class OutboxAttempts {
  static final String VARIABLE = "ROBOTCONNECT_OUTBOX_MAX_ATTEMPTS";

  private OutboxAttempts() {}

  /** The channel settings with the configured maximum of attempts. */
  static OutboxDrainService.Settings applied(
      Environment env, OutboxDrainService.Settings settings) {
    return settings.withMaxAttempts(
        env.integer(VARIABLE, OutboxDrainService.Settings.DEFAULT_MAX_ATTEMPTS, 1, 1000));
  }
}
