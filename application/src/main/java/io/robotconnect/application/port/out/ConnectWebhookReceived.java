package io.robotconnect.application.port.out;

import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.domain.TextRules;
import java.util.Objects;

/** A received Connect webhook, stored with its request id, to be processed once. */
public record ConnectWebhookReceived(String requestId, ConnectWebhook webhook)
    implements OutboxPayload {
  public ConnectWebhookReceived {
    TextRules.requireName(
        requestId, "request id", ReceiveConnectWebhookCommand.MAX_REQUEST_ID_LENGTH);
    Objects.requireNonNull(webhook, "webhook");
  }

  @Override
  public OutboxChannel<ConnectWebhookReceived> channel() {
    return OutboxChannel.CONNECT_WEBHOOKS;
  }
}
