package io.robotconnect.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit of work waiting to reach the outside (a Realtime notification, a phrase-list push, a
 * webhook to process), written in the same transaction as the change that caused it.
 *
 * @param channel which worker delivers it, e.g. {@code realtime}
 * @param payload opaque to the outbox; the channel's producer and worker agree on its format
 * @param attempts delivery attempts made so far
 */
public record OutboxMessage(long id, String channel, String payload, int attempts, Instant dueAt) {
  public OutboxMessage {
    if (!isChannel(channel)) {
      throw new IllegalArgumentException("channel must be 1-50 of [a-z0-9_.-]: " + channel);
    }
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** Whether the text can name a channel: 1-50 of {@code [a-z0-9_.-]}. */
  public static boolean isChannel(String channel) {
    return channel != null && channel.matches("[a-z0-9_.-]{1,50}");
  }
}
