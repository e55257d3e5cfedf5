package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoiceCommandTriggerResourceTest {
  private static final String KEY = "service-key-for-tests";
  private static final OwnerId ALICE = new OwnerId("alice-id");
  private static final String[] ALICE_TOKEN = {"Authorization", "Bearer alice-token"};
  private static final TriggerSubject SUBJECT =
      new TriggerSubject(ALICE, "voice_command", Map.of("voice_command", "lights on"));

  private final StubUseCases useCases = new StubUseCases();
  private RestTestServer server;
  private ServiceApiClient ifttt;

  @BeforeEach
  void start() {
    AuthenticateAccessTokenUseCase tokens =
        token -> token.equals("alice-token") ? Optional.of(ALICE) : Optional.empty();
    server =
        RestTestServer.start(
            new TestRestApi()
                .serviceKey(new ServiceKey(KEY))
                .authenticateAccessToken(tokens)
                .pollTrigger(useCases)
                .validateTriggerField(useCases)
                .deleteTriggerIdentity(useCases));
    ifttt = new ServiceApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void poll_answersItemsWithIngredientsAndMeta_inTheUsersTimeZone() {
    useCases.timeline =
        List.of(
            new TriggerEvent(
                "evt-2",
                SUBJECT,
                Map.of("voice_command", "lights on"),
                Instant.parse("2026-11-04T17:23:00Z")),
            new TriggerEvent(
                "evt-1",
                SUBJECT,
                Map.of("voice_command", "lights on"),
                Instant.parse("2026-11-04T16:00:00Z")));

    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            """
            {"trigger_identity":"tid-1","triggerFields":{"voice_command":"lights on"},
             "limit":2,"user":{"timezone":"America/Los_Angeles"},
             "ifttt_source":{"id":"2","url":"https://ifttt.com/myrecipes/personal/2"}}""",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.isJsonUtf8()).as(answer.contentType()).isTrue();
    JsonNode first = answer.json().get("data").get(0);
    assertThat(first.get("voice_command").asText()).isEqualTo("lights on");
    assertThat(first.get("created_at").asText()).isEqualTo("2026-11-04T09:23:00-08:00");
    assertThat(first.get("meta").get("id").asText()).isEqualTo("evt-2");
    assertThat(first.get("meta").get("timestamp").isIntegralNumber()).isTrue();
    assertThat(first.get("meta").get("timestamp").asLong())
        .isEqualTo(Instant.parse("2026-11-04T17:23:00Z").getEpochSecond());
    assertThat(answer.json().get("data")).hasSize(2);
    assertThat(useCases.lastCall())
        .isEqualTo(
            new PollTriggerQuery(
                ALICE, "tid-1", "voice_command", Map.of("voice_command", "lights on"), 2));
  }

  @Test
  void poll_withoutTimeZone_datesInUtcWithNumericOffset_andNoLimitMeansDefault() {
    useCases.timeline =
        List.of(
            new TriggerEvent(
                "evt-1", SUBJECT, Map.of("voice_command", "lights on"), Instant.EPOCH));

    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"tid-1\",\"triggerFields\":{\"voice_command\":\"lights on\"}}",
            ALICE_TOKEN);

    assertThat(answer.json().get("data").get(0).get("created_at").asText())
        .isEqualTo("1970-01-01T00:00:00+00:00");
    assertThat(((PollTriggerQuery) useCases.lastCall()).limit()).isNull();
  }

  @Test
  void poll_withEmptyTimeline_answersEmptyData() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"x\"},\"limit\":0}",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"data\":[]}");
  }

  @Test
  void poll_ignoresUnknownKeys() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            """
            {"trigger_identity":"t","triggerFields":{"voice_command":"x","extra":"y"},
             "some_new_key":{"nested":[1,2]}}""",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void poll_withoutTriggerFields_isBadRequestWithErrors() {
    assertBadRequest(
        ifttt.post("triggers/voice_command", "{\"trigger_identity\":\"t\"}", ALICE_TOKEN),
        "triggerFields");
  }

  @Test
  void poll_withoutPhrase_isBadRequestWithErrors() {
    assertBadRequest(
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{}}",
            ALICE_TOKEN),
        "voice_command");
  }

  @Test
  void poll_withoutTriggerIdentity_isBadRequestWithErrors() {
    assertBadRequest(
        ifttt.post(
            "triggers/voice_command", "{\"triggerFields\":{\"voice_command\":\"x\"}}", ALICE_TOKEN),
        "trigger_identity");
  }

  @Test
  void poll_withNegativeLimit_isBadRequest() {
    assertBadRequest(
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"x\"},\"limit\":-1}",
            ALICE_TOKEN),
        "limit");
  }

  @Test
  void poll_withMalformedJson_isBadRequestWithErrors() {
    ServiceApiClient.Answer answer =
        ifttt.post("triggers/voice_command", "{\"trigger_identity\":", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withEmptyOrBlankOrNullBody_isBadRequestWithErrors() {
    for (String body : new String[] {"", " \r\n ", "null"}) {
      ServiceApiClient.Answer answer = ifttt.post("triggers/voice_command", body, ALICE_TOKEN);

      assertThat(answer.status()).as("body [%s]", body).isEqualTo(400);
      assertThat(answer.json().get("errors").get(0).get("message").asText())
          .contains("trigger_identity");
    }
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withTrailingTokensOrWrongTypes_isBadRequestWithErrors() {
    for (String body :
        new String[] {
          "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"x\"}} {}",
          "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"x\"},\"limit\":\"many\"}"
        }) {
      ServiceApiClient.Answer answer = ifttt.post("triggers/voice_command", body, ALICE_TOKEN);

      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.json().get("errors").get(0).get("message").asText()).isNotBlank();
    }
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withoutOrWithInvalidToken_isUnauthorized() {
    String body = "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"x\"}}";

    assertThat(ifttt.post("triggers/voice_command", body).status()).isEqualTo(401);
    ServiceApiClient.Answer invalid =
        ifttt.post("triggers/voice_command", body, "Authorization", "Bearer INVALID");
    assertThat(invalid.status()).isEqualTo(401);
    assertThat(invalid.json().get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void unknownTrigger_isNotFoundWithErrors() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/door_opened",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{}}",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("errors").get(0).get("message").asText()).isNotBlank();
  }

  @Test
  void validate_validPhrase_answersValidTrue() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command/fields/voice_command/validate",
            "{\"value\":\"lights on\"}",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"data\":{\"valid\":true}}");
    assertThat(useCases.lastCall())
        .isEqualTo(new ValidateTriggerFieldQuery("voice_command", "voice_command", "lights on"));
  }

  @Test
  void validate_invalidPhrase_answers200WithValidFalseAndMessage() {
    useCases.verdict = FieldValidation.invalid("Enter a phrase.");

    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command/fields/voice_command/validate",
            "{\"value\":\"\"}",
            "IFTTT-Service-Key",
            KEY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("data").get("valid").asBoolean()).isFalse();
    assertThat(answer.json().get("data").get("message").asText()).isEqualTo("Enter a phrase.");
  }

  @Test
  void validate_withoutValue_checksAMissingPhrase() {
    ifttt.post(
        "triggers/voice_command/fields/voice_command/validate", "{\"other\":1}", ALICE_TOKEN);

    assertThat(useCases.lastCall())
        .isEqualTo(new ValidateTriggerFieldQuery("voice_command", "voice_command", null));
  }

  @Test
  void validate_withoutKeyOrToken_isUnauthorized() {
    assertThat(
            ifttt
                .post(
                    "triggers/voice_command/fields/voice_command/validate",
                    "{\"value\":\"x\"}",
                    "IFTTT-Service-Key",
                    "INVALID")
                .status())
        .isEqualTo(401);
  }

  @Test
  void deleteIdentity_withServiceKey_deletesWhoeverOwnsIt() {
    ServiceApiClient.Answer answer =
        ifttt.delete("triggers/voice_command/trigger_identity/tid-1", "IFTTT-Service-Key", KEY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(useCases.lastCall())
        .isEqualTo(new DeleteTriggerIdentityCommand("voice_command", "tid-1", Optional.empty()));
  }

  @Test
  void deleteIdentity_withUserToken_deletesOnlyThatOwnersIdentity() {
    ServiceApiClient.Answer answer =
        ifttt.delete("triggers/voice_command/trigger_identity/tid-1", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(useCases.lastCall())
        .isEqualTo(new DeleteTriggerIdentityCommand("voice_command", "tid-1", Optional.of(ALICE)));
  }

  @Test
  void deleteIdentity_withoutCredentials_isUnauthorized() {
    ServiceApiClient.Answer answer = ifttt.delete("triggers/voice_command/trigger_identity/tid-1");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withAPhraseLongerThanValidationAllows_isRefusedToo() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\""
                + "x".repeat(VoiceCommandTrigger.MAX_PHRASE_LENGTH + 1)
                + "\"}}",
            ALICE_TOKEN);

    assertBadRequest(answer, "triggerFields.voice_command");
    assertThat(answer.json().get("errors").get(0).get("message").asText()).contains("100");
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withATimezoneLongerThanAnyZoneName_isABadRequest() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\"hi\"},"
                + "\"user\":{\"timezone\":\""
                + "Europe/".repeat(20)
                + "\"}}",
            ALICE_TOKEN);

    assertBadRequest(answer, "user.timezone");
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withAOneMegabytePhrase_isRefusedBeforeItIsRead() {
    ServiceApiClient.Answer answer =
        ifttt.post(
            "triggers/voice_command",
            "{\"trigger_identity\":\"t\",\"triggerFields\":{\"voice_command\":\""
                + "x".repeat(1024 * 1024)
                + "\"}}",
            ALICE_TOKEN);

    assertBadRequest(answer, "longer than");
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withAnOverlongOrControlCharacterIdentity_orTooManyFields_isABadRequest() {
    String tooManyFields =
        IntStream.rangeClosed(0, PollTriggerQuery.MAX_TRIGGER_FIELDS)
            .mapToObj(i -> "\"f" + i + "\":\"v\"")
            .collect(Collectors.joining(",", "{\"voice_command\":\"hi\",", "}"));
    for (String body :
        List.of(
            "{\"trigger_identity\":\""
                + "t".repeat(201)
                + "\",\"triggerFields\":{\"voice_command\":\"hi\"}}",
            "{\"trigger_identity\":\"a\\u0000b\",\"triggerFields\":{\"voice_command\":\"hi\"}}",
            "{\"trigger_identity\":\"t\",\"triggerFields\":" + tooManyFields + "}")) {
      ServiceApiClient.Answer answer = ifttt.post("triggers/voice_command", body, ALICE_TOKEN);

      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.json().get("errors").get(0).get("message").asText())
          .as(body)
          .containsAnyOf("trigger_identity", "triggerFields");
    }
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void poll_withWrongShapesOrDuplicateKeys_isABadRequestNamingTheField() {
    Map<String, String> mentionedByBody =
        Map.of(
            "{\"trigger_identity\":[\"t\"],\"triggerFields\":{\"voice_command\":\"hi\"}}",
            "trigger_identity",
            "{\"trigger_identity\":\"t\",\"triggerFields\":[\"hi\"]}",
            "triggerFields",
            "{\"trigger_identity\":\"t\",\"trigger_identity\":\"u\","
                + "\"triggerFields\":{\"voice_command\":\"hi\"}}",
            "trigger_identity");
    mentionedByBody.forEach(
        (body, mentioned) ->
            assertBadRequest(ifttt.post("triggers/voice_command", body, ALICE_TOKEN), mentioned));
    assertThat(useCases.calls).isEmpty();
  }

  private void assertBadRequest(ServiceApiClient.Answer answer, String mentioned) {
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isJsonUtf8()).as(answer.contentType()).isTrue();
    JsonNode error = answer.json().get("errors").get(0);
    assertThat(error.get("message").asText()).contains(mentioned);
    assertThat(error.has("status")).isFalse();
  }
}
