package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.out.ConnectWebhookReceived;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxPayloadJsonTest {
  private final OutboxPayloadJson json = new OutboxPayloadJson(TestJson.shared());

  private static ConnectWebhookReceived fired(Map<String, String> ingredients) {
    return new ConnectWebhookReceived(
        "r-1",
        new ConnectWebhook(
            ConnectWebhook.Kind.TRIGGER_FIRED,
            new ConnectionId("zG58W2uC"),
            new OwnerId("u-1"),
            Optional.of("Pacific Time (US & Canada)"),
            Optional.of(
                new ConnectWebhook.FiredTrigger(
                    new StepRef("robot", "enter_or_exit"),
                    "feature-1",
                    Optional.empty(),
                    Optional.of("uft"),
                    ingredients))));
  }

  private <P extends OutboxPayload> P roundTrip(OutboxChannel<P> channel, P payload) {
    return json.read(channel, json.write(payload));
  }

  @Test
  void valueObjects_areWrittenAsTheirText() {
    assertThat(json.write(new PhraseListPush(new OwnerId("alice"))))
        .isEqualTo("{\"owner\":\"alice\"}");
    assertThat(json.write(new RealtimeNotification(List.of("ti-1"), List.of(new OwnerId("alice")))))
        .isEqualTo("{\"triggerIdentities\":[\"ti-1\"],\"users\":[\"alice\"]}");
    assertThat(json.write(fired(Map.of())))
        .contains("\"connection\":\"zG58W2uC\"", "\"trigger\":\"robot.enter_or_exit\"")
        .doesNotContain("value", "channel");
  }

  @Test
  void everyPayload_readsBackAsWritten() {
    RealtimeNotification notification =
        new RealtimeNotification(List.of("ti-1", "ti-2"), List.of(new OwnerId("u-1")));
    ConnectWebhookReceived disabled =
        new ConnectWebhookReceived(
            "r-2",
            new ConnectWebhook(
                ConnectWebhook.Kind.CONNECTION_DISABLED,
                new ConnectionId("zG58W2uC"),
                new OwnerId("u-1"),
                Optional.empty(),
                Optional.empty()));

    assertThat(roundTrip(OutboxChannel.REALTIME, notification)).isEqualTo(notification);
    assertThat(roundTrip(OutboxChannel.ROBOT_PHRASES, new PhraseListPush(new OwnerId("u-1"))))
        .isEqualTo(new PhraseListPush(new OwnerId("u-1")));
    assertThat(roundTrip(OutboxChannel.CONNECT_WEBHOOKS, disabled)).isEqualTo(disabled);
    assertThat(roundTrip(OutboxChannel.CONNECTION_EFFECTS, new ConnectionEffectDue("r-2", 3, 1, 0)))
        .isEqualTo(new ConnectionEffectDue("r-2", 3, 1, 0));
  }

  @Test
  void aWebhookPayload_survivesAnyIngredientText() {
    ConnectWebhookReceived payload =
        fired(Map.of("Text", "line1\nline2\t\\tab\\ \"quoted\" é \u2028", "Empty", ""));

    assertThat(roundTrip(OutboxChannel.CONNECT_WEBHOOKS, payload)).isEqualTo(payload);
  }

  @Test
  void textThatIsNotTheChannelsPayload_isUnreadable_sayingWhy() {
    for (String text :
        List.of(
            "alice",
            "null",
            "{\"owner\":\"alice\"",
            "{\"owner\":\"alice\"} trailing",
            "{}",
            "{\"owner\":\"\"}",
            "{\"owner\":\"a\",\"owner\":\"b\"}")) {
      assertThatThrownBy(() -> json.read(OutboxChannel.ROBOT_PHRASES, text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .isNotBlank();
    }
  }

  @Test
  void aPayloadBreakingItsRecordsRules_isUnreadable() {
    String tooMany =
        json.write(new RealtimeNotification(List.of("ti-1"), List.of()))
            .replace("[\"ti-1\"]", "[]");

    assertThatThrownBy(() -> json.read(OutboxChannel.REALTIME, tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-1000 entries");
  }
}
