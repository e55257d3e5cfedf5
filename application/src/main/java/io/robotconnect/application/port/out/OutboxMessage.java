package io.robotconnect.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit of work waiting to reach the outside (a Realtime notification, a phrase-list push, a
 * webhook to process), written in the same transaction as the change that caused it.
 *
 * @param <P> the payload of the message's channel
 * @param attempts delivery attempts made so far
 */
public record OutboxMessage<P extends OutboxPayload>(
    long id, P payload, int attempts, Instant dueAt) {
  public OutboxMessage {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** Which worker delivers it. */
  public OutboxChannel<?> channel() {
    return payload.channel();
  }
}
