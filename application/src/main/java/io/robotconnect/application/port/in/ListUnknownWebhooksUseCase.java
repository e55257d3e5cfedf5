package io.robotconnect.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * Shows ops the Connect webhooks of types or events the platform does not know, kept as received.
 */
public interface ListUnknownWebhooksUseCase {

  /** The oldest {@code max} unknown webhooks. */
  List<UnknownWebhook> unknownWebhooks(int max);

  /** One unknown webhook as it arrived. */
  record UnknownWebhook(
      String requestId, String type, String event, String body, Instant receivedAt) {}
}
