package io.robotconnect.application.port.out;

/**
 * What an outbox message carries: one kind of work per {@link OutboxChannel}, each a record that
 * checks its own invariants.
 */
public sealed interface OutboxPayload
    permits RealtimeNotification, PhraseListPush, ConnectWebhookReceived, ConnectionEffectDue {

  /** The channel whose worker delivers this kind of payload. */
  OutboxChannel<?> channel();
}
