package io.robotconnect.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.TokenGrant.ClientCredentials;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputLimitsTest {
  private static final OwnerId ADA = new OwnerId("ada");

  @Test
  void aPollWithAPhraseValidationWouldRefuse_isRefused() {
    String tooLong = "x".repeat(VoiceCommandTrigger.MAX_PHRASE_LENGTH + 1);

    assertThatThrownBy(() -> poll("t", Map.of("voice_command", tooLong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triggerFields.voice_command")
        .hasMessageContaining("100");
    assertThat(poll("t", Map.of("voice_command", "  " + "x".repeat(100) + "  ")).fields())
        .hasSize(1);
  }

  @Test
  void aPollWithTooManyFieldsOrAControlCharacterIdentity_isRefused() {
    Map<String, String> many = new HashMap<>(Map.of("voice_command", "hi"));
    for (int i = 0; i < PollTriggerQuery.MAX_TRIGGER_FIELDS; i++) {
      many.put("f" + i, "v");
    }

    assertThatThrownBy(() -> poll("t", many)).hasMessageContaining("triggerFields");
    assertThatThrownBy(() -> poll("a\u0000b", Map.of("voice_command", "hi")))
        .hasMessageContaining("trigger_identity");
    assertThatThrownBy(() -> poll("t".repeat(201), Map.of("voice_command", "hi")))
        .hasMessageContaining("200");
  }

  @Test
  void robotActionNamesBeyondWhatTheRobotCanKnow_areRefused() {
    assertThatThrownBy(() -> new RobotAction.PlayAnimation("a".repeat(101)))
        .hasMessageContaining("animation id");
    assertThatThrownBy(() -> new RobotAction.MoveToPlace("p".repeat(101), Optional.empty()))
        .hasMessageContaining("place name");
  }

  @Test
  void signInCredentialsLongerThanAnyRegisteredOne_areRefused() {
    assertThatThrownBy(() -> new StartSessionCommand("e".repeat(255), "x"))
        .hasMessageContaining("email");
    assertThatThrownBy(() -> new StartSessionCommand("a@b.c", "p".repeat(201)))
        .hasMessageContaining("password");
  }

  @Test
  void overlongOAuthValues_areRefusedBeforeAnyLookup() {
    ClientCredentials client = new ClientCredentials("c", "s");

    assertThatThrownBy(() -> new ClientCredentials("c".repeat(201), "s"))
        .isInstanceOf(OAuthGrantException.class);
    assertThatThrownBy(() -> new TokenGrant.AuthorizationCodeGrant(client, "c".repeat(201), null))
        .hasMessageContaining("code");
    assertThatThrownBy(() -> new TokenGrant.RefreshTokenGrant(client, "r".repeat(201)))
        .hasMessageContaining("refresh_token");
    assertThatThrownBy(() -> new AuthorizationRequest("c", "https://x/" + "r".repeat(2000)))
        .isInstanceOf(InvalidAuthorizationRequestException.class);
  }

  @Test
  void aWebhookWithAHostileUserFeatureIdOrTimezone_isRefused() {
    assertThatThrownBy(
            () ->
                new ConnectWebhook.FiredTrigger(
                    StepRef.parse("s.t"),
                    "f",
                    Optional.of("u".repeat(100_000)),
                    Optional.empty(),
                    Map.of()))
        .hasMessageContaining("user_feature_id");
    assertThatThrownBy(
            () ->
                new ConnectWebhook(
                    ConnectWebhook.Kind.CONNECTION_ENABLED,
                    new ConnectionId("c"),
                    ADA,
                    Optional.of("Europe/Zurich\n"),
                    Optional.empty()))
        .hasMessageContaining("user_timezone");
  }

  private static PollTriggerQuery poll(String identity, Map<String, String> fields) {
    return new PollTriggerQuery(ADA, identity, VoiceCommandTrigger.SLUG, fields, null);
  }
}
