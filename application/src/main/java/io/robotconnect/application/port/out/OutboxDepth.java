package io.robotconnect.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of one outbox channel is still to go out, for metrics.
 *
 * @param channel the channel's stored name
 * @param pending messages neither delivered nor given up (due, leased or waiting for a retry)
 * @param deadLetters messages given up and kept for inspection
 * @param oldestDueAt when the longest-waiting message that is due now (not leased, not waiting for
 *     its next attempt) became due; empty when none is due
 */
public record OutboxDepth(
    String channel, long pending, long deadLetters, Optional<Instant> oldestDueAt) {
  public OutboxDepth {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(oldestDueAt, "oldestDueAt");
    if (pending < 0 || deadLetters < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** A channel with nothing in it. */
  public static OutboxDepth empty(String channel) {
    return new OutboxDepth(channel, 0, 0, Optional.empty());
  }
}
