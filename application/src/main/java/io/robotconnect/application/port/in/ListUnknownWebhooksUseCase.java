package io.robotconnect.application.port.in;

import java.time.Instant;

/**
 * Shows ops the Connect webhooks of types or events the platform does not know, kept as received.
 */
public interface ListUnknownWebhooksUseCase {
  /** How much of each body a list shows; a longer body is cut and marked truncated. */
  int BODY_EXCERPT_CHARS = 1000;

  /** One page of the unknown webhooks, oldest first. */
  Page<UnknownWebhook> unknownWebhooks(PageRequest page);

  /**
   * One unknown webhook as it arrived.
   *
   * @param body the body's first {@link #BODY_EXCERPT_CHARS} characters
   * @param bodyLength the whole body's length in characters
   */
  record UnknownWebhook(
      String requestId,
      String type,
      String event,
      String body,
      int bodyLength,
      Instant receivedAt) {
    public boolean bodyTruncated() {
      return bodyLength > body.length();
    }
  }
}
