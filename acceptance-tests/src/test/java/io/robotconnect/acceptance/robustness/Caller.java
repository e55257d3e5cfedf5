package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.TestApplication;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** Who calls an endpoint, and the credentials each kind of caller holds once signed in. */
enum Caller {
  NOBODY,
  IFTTT_WITH_ACCESS_TOKEN,
  IFTTT_WITH_SERVICE_KEY,
  IFTTT_WEBHOOK,
  OWNER_APP,
  ADMIN;

  private static String accessToken;
  private static String sessionToken;
  private static String ownerId;
  private static String ownerEmail;
  private static String robotId;
  private static JsonNode samples;

  /** Signs every kind of caller in, once per run: IFTTT's endpoint test, an owner, the admin. */
  static synchronized void signInAll() {
    if (accessToken != null) {
      return;
    }
    TestApplication.get();
    HttpResponse<String> setup =
        Http.send(
            "POST",
            "/third-party/ifttt/v1/test/setup",
            null,
            null,
            IFTTT_WITH_SERVICE_KEY.headers());
    assertThat(setup.statusCode()).as(setup.body()).isEqualTo(200);
    accessToken = Http.json(setup).path("data").path("accessToken").asText();
    samples = Http.json(setup).path("data").path("samples");

    ScenarioContext context = new ScenarioContext();
    OwnerAccountDriver owners = new OwnerAccountDriver(context);
    HttpResponse<String> owner = owners.createOwner("Robustness", TestApplication.ADMIN_TOKEN);
    assertThat(owner.statusCode()).as(owner.body()).isEqualTo(201);
    ownerId = Http.json(owner).path("data").path("id").asText();
    ownerEmail = context.recall("email of Robustness");
    HttpResponse<String> robot =
        owners.registerRobot(ownerId, "{\"name\":\"Robust\",\"places\":[]}");
    assertThat(robot.statusCode()).as(robot.body()).isEqualTo(201);
    robotId = Http.json(robot).path("data").path("id").asText();
    HttpResponse<String> session = owners.signIn(ownerEmail, OwnerAccountDriver.PASSWORD);
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    sessionToken = Http.json(session).path("data").path("token").asText();
  }

  static String ownerId() {
    return ownerId;
  }

  /** A robot of {@link #ownerId()}. */
  static String robotId() {
    return robotId;
  }

  static String ownerEmail() {
    return ownerEmail;
  }

  /** The samples IFTTT's endpoint test receives from {@code test/setup}. */
  static JsonNode samples() {
    return samples;
  }

  /** The headers that authenticate this caller. */
  Map<String, String> headers() {
    return switch (this) {
      case NOBODY -> Map.of();
      case IFTTT_WITH_ACCESS_TOKEN -> Map.of("Authorization", "Bearer " + accessToken);
      case IFTTT_WITH_SERVICE_KEY -> Map.of("IFTTT-Service-Key", TestApplication.SERVICE_KEY);
      case IFTTT_WEBHOOK ->
          Map.of(
              "IFTTT-Service-Key",
              TestApplication.SERVICE_KEY,
              "X-Request-ID",
              UUID.randomUUID().toString());
      case OWNER_APP -> Map.of("Authorization", "Bearer " + sessionToken);
      case ADMIN -> Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN);
    };
  }

  /** Headers of the same kind with a wrong credential. */
  Map<String, String> wrongHeaders() {
    return switch (this) {
      case IFTTT_WITH_SERVICE_KEY -> Map.of("IFTTT-Service-Key", "not-the-key");
      case IFTTT_WEBHOOK ->
          Map.of("IFTTT-Service-Key", "not-the-key", "X-Request-ID", UUID.randomUUID().toString());
      default -> Map.of("Authorization", "Bearer not-a-valid-token");
    };
  }

  /** Headers of the same kind without the credential (a webhook keeps its request id). */
  Map<String, String> missingHeaders() {
    return this == IFTTT_WEBHOOK ? Map.of("X-Request-ID", UUID.randomUUID().toString()) : Map.of();
  }
}
