package io.robotconnect.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox message that failed for good: kept, never claimed again until ops retry it.
 *
 * @param attempts the delivery attempts made, the last one included
 * @param payloadExcerpt the payload's first {@link #EXCERPT_CHARS} characters at most
 * @param payloadLength the whole payload's length in characters
 */
public record DeadLetter(
    long id,
    String channel,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant deadAt,
    String payloadExcerpt,
    int payloadLength) {
  /** How much of a payload a list of dead letters shows: enough to recognise it, no more. */
  public static final int EXCERPT_CHARS = 200;

  public DeadLetter {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(deadAt, "deadAt");
    Objects.requireNonNull(payloadExcerpt, "payloadExcerpt");
    if (payloadExcerpt.length() > EXCERPT_CHARS) {
      throw new IllegalArgumentException("payload excerpt longer than " + EXCERPT_CHARS);
    }
  }

  /** Whether the excerpt leaves part of the payload out. */
  public boolean payloadTruncated() {
    return payloadLength > payloadExcerpt.length();
  }
}
