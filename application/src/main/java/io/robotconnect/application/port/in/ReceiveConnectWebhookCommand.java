package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import java.util.Objects;
import java.util.Optional;

/**
 * A Connect webhook as it arrived.
 *
 * @param webhook the parsed webhook; empty when {@code type/event} is not one the platform knows
 * @param body the raw body, kept for inspection
 */
public record ReceiveConnectWebhookCommand(
    String requestId, String type, String event, String body, Optional<ConnectWebhook> webhook) {
  /** The {@code connect_webhook_receipts.request_id} column. */
  public static final int MAX_REQUEST_ID_LENGTH = 200;

  /** The {@code webhook_type} and {@code webhook_event} columns. */
  public static final int MAX_NAME_LENGTH = 100;

  public ReceiveConnectWebhookCommand {
    TextRules.requireName(requestId, "X-Request-ID", MAX_REQUEST_ID_LENGTH);
    TextRules.requireName(type, "webhook type", MAX_NAME_LENGTH);
    TextRules.requireName(event, "webhook event", MAX_NAME_LENGTH);
    Objects.requireNonNull(body, "body");
    webhook = webhook == null ? Optional.empty() : webhook;
    boolean known = ConnectWebhook.Kind.of(type, event).isPresent();
    if (known != webhook.isPresent()) {
      throw new IllegalArgumentException(
          "a known webhook needs its parsed body, an unknown one none");
    }
  }
}
