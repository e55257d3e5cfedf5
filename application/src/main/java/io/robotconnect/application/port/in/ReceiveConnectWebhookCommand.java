package io.robotconnect.application.port.in;

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
  public ReceiveConnectWebhookCommand {
    if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
      throw new IllegalArgumentException("X-Request-ID is required (at most 200 characters)");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(body, "body");
    webhook = webhook == null ? Optional.empty() : webhook;
    boolean known = ConnectWebhook.Kind.of(type, event).isPresent();
    if (known != webhook.isPresent()) {
      throw new IllegalArgumentException(
          "a known webhook needs its parsed body, an unknown one none");
    }
  }
}
