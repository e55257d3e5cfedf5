package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.in.RobotActionSkippedException.Reason;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotActionsResourceTest {
  private static final OwnerId ALICE = new OwnerId("alice-id");
  private static final String[] ALICE_TOKEN = {"Authorization", "Bearer alice-token"};

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
                .authenticateAccessToken(tokens)
                .runRobotAction(useCases)
                .listAnimationOptions(useCases)
                .listPlaceOptions(useCases));
    ifttt = new ServiceApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void animation_runsForTheTokensOwner_andAnswersTheActionId() {
    useCases.actionOutcome = () -> "5f1c7a52-action";

    ServiceApiClient.Answer answer =
        ifttt.post(
            "actions/animation",
            """
            {"actionFields":{"action":"giggle"},"user":{"timezone":"UTC"},
             "ifttt_source":{"id":"1","url":"u"},"unexpected":true}""",
            ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.isJsonUtf8()).as(answer.contentType()).isTrue();
    assertThat(answer.body()).isEqualTo("{\"data\":[{\"id\":\"5f1c7a52-action\"}]}");
    assertThat(useCases.lastCall())
        .isEqualTo(new RunRobotActionCommand(ALICE, new RobotAction.PlayAnimation("giggle")));
  }

  @Test
  void move_passesPlaceAndOptionalAnimation() {
    ifttt.post(
        "actions/move",
        "{\"actionFields\":{\"place\":\"Kitchen\",\"action\":\"joke\"}}",
        ALICE_TOKEN);
    assertThat(useCases.lastCall())
        .isEqualTo(
            new RunRobotActionCommand(
                ALICE, new RobotAction.MoveToPlace("Kitchen", Optional.of("joke"))));

    ifttt.post("actions/move", "{\"actionFields\":{\"place\":\"Kitchen\"}}", ALICE_TOKEN);
    assertThat(useCases.lastCall())
        .isEqualTo(
            new RunRobotActionCommand(
                ALICE, new RobotAction.MoveToPlace("Kitchen", Optional.empty())));
  }

  @Test
  void dock_runs() {
    ServiceApiClient.Answer answer =
        ifttt.post("actions/dock", "{\"actionFields\":{}}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(useCases.lastCall())
        .isEqualTo(new RunRobotActionCommand(ALICE, new RobotAction.Dock()));
  }

  @Test
  void missingActionFields_isBadRequestWithoutSkip() {
    for (String action : List.of("animation", "move", "dock")) {
      ServiceApiClient.Answer answer =
          ifttt.post("actions/" + action, "{\"user\":{\"timezone\":\"UTC\"}}", ALICE_TOKEN);

      assertThat(answer.status()).isEqualTo(400);
      JsonNode error = answer.json().get("errors").get(0);
      assertThat(error.get("message").asText()).contains("actionFields");
      assertThat(error.has("status")).isFalse();
    }
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void missingRequiredField_isBadRequestWithoutSkip() {
    ServiceApiClient.Answer answer =
        ifttt.post("actions/move", "{\"actionFields\":{\"action\":\"joke\"}}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errors").get(0).has("status")).isFalse();
  }

  @Test
  void skippedAction_isBadRequestWithSkipStatusAndTheMessage() {
    useCases.actionOutcome =
        () -> {
          throw new RobotActionSkippedException(
              Reason.UNKNOWN_PLACE, "Your robot has no place named \"Moon\" on its map.");
        };

    ServiceApiClient.Answer answer =
        ifttt.post("actions/move", "{\"actionFields\":{\"place\":\"Moon\"}}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo(
            "{\"errors\":[{\"status\":\"SKIP\",\"message\":"
                + "\"Your robot has no place named \\\"Moon\\\" on its map.\"}]}");
  }

  @Test
  void transportDown_isServiceUnavailable() {
    useCases.actionOutcome =
        () -> {
          throw new RobotTransportUnavailableException("broker down", null);
        };

    ServiceApiClient.Answer answer =
        ifttt.post("actions/dock", "{\"actionFields\":{}}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.json().get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("broker down");
  }

  @Test
  void actions_withoutValidToken_areUnauthorized() {
    assertThat(ifttt.post("actions/dock", "{\"actionFields\":{}}").status()).isEqualTo(401);
    assertThat(
            ifttt
                .post("actions/dock", "{\"actionFields\":{}}", "Authorization", "Bearer INVALID")
                .status())
        .isEqualTo(401);
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void unknownAction_isNotFoundWithErrors() {
    ServiceApiClient.Answer answer =
        ifttt.post("actions/self_destruct", "{\"actionFields\":{}}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().has("errors")).isTrue();
  }

  @Test
  void animationOptions_ofBothActions_listTheCatalogue() {
    for (String path :
        List.of("actions/animation/fields/action/options", "actions/move/fields/action/options")) {
      ServiceApiClient.Answer answer = ifttt.post(path, "{}", ALICE_TOKEN);

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body())
          .isEqualTo("{\"data\":[{\"label\":\"Giggle\",\"value\":\"giggle\"}]}");
    }
  }

  @Test
  void placeOptions_areTheTokenOwnersPlaces() {
    useCases.places =
        Map.of(
            ALICE,
            List.of(new FieldOption("Kitchen", "Kitchen"), new FieldOption("Hall", "Hall")),
            new OwnerId("bob"),
            List.of(new FieldOption("Garage", "Garage")));

    ServiceApiClient.Answer answer =
        ifttt.post("actions/move/fields/place/options", "{}", ALICE_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("data")).hasSize(2);
    assertThat(answer.json().get("data").get(0).get("value").asText()).isEqualTo("Kitchen");
    assertThat(answer.body()).doesNotContain("Garage");
  }

  @Test
  void options_withoutToken_areUnauthorized() {
    assertThat(ifttt.post("actions/move/fields/place/options", "{}").status()).isEqualTo(401);
  }
}
