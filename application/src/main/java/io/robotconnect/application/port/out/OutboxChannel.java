package io.robotconnect.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * The outbox's channels, each with the name its messages are stored under and the payload they
 * carry; a worker drains one channel and gets that channel's payloads only.
 *
 * @param <P> the payload of the channel's messages
 */
public final class OutboxChannel<P extends OutboxPayload> {
  public static final OutboxChannel<RealtimeNotification> REALTIME =
      new OutboxChannel<>("realtime", RealtimeNotification.class);
  public static final OutboxChannel<PhraseListPush> ROBOT_PHRASES =
      new OutboxChannel<>("robot-phrases", PhraseListPush.class);
  public static final OutboxChannel<ConnectWebhookReceived> CONNECT_WEBHOOKS =
      new OutboxChannel<>("connect-webhooks", ConnectWebhookReceived.class);
  public static final OutboxChannel<ConnectionEffectDue> CONNECTION_EFFECTS =
      new OutboxChannel<>("connection-effects", ConnectionEffectDue.class);

  private static final List<OutboxChannel<?>> ALL =
      List.of(REALTIME, ROBOT_PHRASES, CONNECT_WEBHOOKS, CONNECTION_EFFECTS);

  private final String name;
  private final Class<P> payloadType;

  private OutboxChannel(String name, Class<P> payloadType) {
    this.name = name;
    this.payloadType = payloadType;
  }

  /** The name stored with each message, e.g. {@code realtime}. */
  public String name() {
    return name;
  }

  public Class<P> payloadType() {
    return payloadType;
  }

  /** The channel stored under {@code name}; empty for names no channel has. */
  public static Optional<OutboxChannel<?>> named(String name) {
    return ALL.stream().filter(c -> c.name.equals(name)).findFirst();
  }

  /** Every channel, e.g. to report each one's depth. */
  public static List<OutboxChannel<?>> all() {
    return ALL;
  }

  /** Whether the text can name a channel: 1-50 of {@code [a-z0-9_.-]}. */
  public static boolean isName(String text) {
    return text != null && text.matches("[a-z0-9_.-]{1,50}");
  }

  @Override
  public String toString() {
    return name;
  }
}
