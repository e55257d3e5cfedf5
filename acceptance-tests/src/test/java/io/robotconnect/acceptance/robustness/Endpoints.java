package io.robotconnect.acceptance.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.TestApplication;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Every HTTP endpoint of the application, with a valid request of each, for the hostile suites. */
final class Endpoints {
  static final String CONNECTION = "/api/v1/connections/" + ConnectDoubles.RAIN_ALARM_CONNECTION;
  static final String POLL = "/third-party/ifttt/v1/triggers/voice_command";

  private Endpoints() {}

  /**
   * An endpoint taking a JSON object.
   *
   * @param required top-level keys whose absence or wrong type must be refused
   * @param onlyJson declares {@code @Consumes(application/json)}: other content types are 415
   * @param emptyIsValid an absent body is read as {@code {}} (documented for the endpoint)
   */
  record JsonEndpoint(
      String name,
      String method,
      String path,
      Caller caller,
      Supplier<ObjectNode> validBody,
      List<String> required,
      boolean onlyJson,
      boolean emptyIsValid) {

    HttpResponse<String> send(String contentType, String body) {
      return Http.send(method, path, contentType, body, caller.headers());
    }

    HttpResponse<String> sendValid() {
      return send(Http.JSON_TYPE, validBody.get().toString());
    }

    ErrorFamily family() {
      return ErrorFamily.of(method, path);
    }
  }

  /** An endpoint without a request body. */
  record BodylessEndpoint(String name, String method, String path, Caller caller) {
    HttpResponse<String> sendValid() {
      return Http.send(method, path, null, null, caller.headers());
    }
  }

  static List<BodylessEndpoint> bodyless() {
    return List.of(
        new BodylessEndpoint(
            "GET user/info",
            "GET",
            "/third-party/ifttt/v1/user/info",
            Caller.IFTTT_WITH_ACCESS_TOKEN),
        new BodylessEndpoint(
            "GET status", "GET", "/third-party/ifttt/v1/status", Caller.IFTTT_WITH_SERVICE_KEY),
        new BodylessEndpoint(
            "DELETE trigger identity",
            "DELETE",
            POLL + "/trigger_identity/robustness-none",
            Caller.IFTTT_WITH_SERVICE_KEY),
        new BodylessEndpoint("GET third-party info", "GET", "/third-party/info", Caller.OWNER_APP),
        new BodylessEndpoint(
            "GET admin owner", "GET", "/api/v1/admin/owners/" + Caller.ownerId(), Caller.ADMIN),
        new BodylessEndpoint(
            "GET admin robot",
            "GET",
            "/api/v1/admin/owners/" + Caller.ownerId() + "/robots/" + Caller.robotId(),
            Caller.ADMIN),
        new BodylessEndpoint(
            "GET unknown webhooks",
            "GET",
            "/api/v1/admin/connect/webhooks/unknown?limit=5",
            Caller.ADMIN),
        new BodylessEndpoint(
            "POST owner user_connection refresh",
            "POST",
            CONNECTION + "/user_connection/refresh",
            Caller.OWNER_APP),
        new BodylessEndpoint("GET owner connection", "GET", CONNECTION, Caller.OWNER_APP),
        new BodylessEndpoint(
            "GET dead letters", "GET", "/api/v1/admin/outbox/dead-letters?limit=5", Caller.ADMIN),
        new BodylessEndpoint(
            "POST retry a channel's dead letters",
            "POST",
            "/api/v1/admin/outbox/dead-letters/retry?channel=realtime",
            Caller.ADMIN));
  }

  /** Endpoints that take a POST but read nothing of its body. */
  static List<BodylessEndpoint> ignoringTheirBody() {
    return List.of(
        new BodylessEndpoint(
            "POST test/setup",
            "POST",
            "/third-party/ifttt/v1/test/setup",
            Caller.IFTTT_WITH_SERVICE_KEY),
        new BodylessEndpoint(
            "POST animation action options",
            "POST",
            "/third-party/ifttt/v1/actions/animation/fields/action/options",
            Caller.IFTTT_WITH_ACCESS_TOKEN),
        new BodylessEndpoint(
            "POST move action options",
            "POST",
            "/third-party/ifttt/v1/actions/move/fields/action/options",
            Caller.IFTTT_WITH_ACCESS_TOKEN),
        new BodylessEndpoint(
            "POST move place options",
            "POST",
            "/third-party/ifttt/v1/actions/move/fields/place/options",
            Caller.IFTTT_WITH_ACCESS_TOKEN));
  }

  static List<JsonEndpoint> json() {
    return List.of(
        new JsonEndpoint(
            "POST voice_command poll",
            "POST",
            POLL,
            Caller.IFTTT_WITH_ACCESS_TOKEN,
            () -> {
              ObjectNode body =
                  Http.JSON.createObjectNode().put("trigger_identity", "robustness-poll");
              body.putObject("triggerFields").put("voice_command", "hello robot");
              body.put("limit", 3);
              body.putObject("user").put("timezone", "Europe/Zurich");
              return body;
            },
            List.of("trigger_identity", "triggerFields"),
            true,
            false),
        new JsonEndpoint(
            "POST voice_command field validation",
            "POST",
            POLL + "/fields/voice_command/validate",
            Caller.IFTTT_WITH_SERVICE_KEY,
            () -> Http.JSON.createObjectNode().put("value", "hello robot"),
            List.of(),
            true,
            true),
        new JsonEndpoint(
            "POST animation action",
            "POST",
            "/third-party/ifttt/v1/actions/animation",
            Caller.IFTTT_WITH_ACCESS_TOKEN,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putObject("actionFields")
                  .put(
                      "action",
                      Caller.samples().path("actions").path("animation").path("action").asText());
              return body;
            },
            List.of("actionFields"),
            true,
            false),
        new JsonEndpoint(
            "POST move action",
            "POST",
            "/third-party/ifttt/v1/actions/move",
            Caller.IFTTT_WITH_ACCESS_TOKEN,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putObject("actionFields")
                  .put(
                      "place",
                      Caller.samples().path("actions").path("move").path("place").asText());
              return body;
            },
            List.of("actionFields"),
            true,
            false),
        new JsonEndpoint(
            "POST dock action",
            "POST",
            "/third-party/ifttt/v1/actions/dock",
            Caller.IFTTT_WITH_ACCESS_TOKEN,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putObject("actionFields");
              return body;
            },
            List.of("actionFields"),
            true,
            false),
        new JsonEndpoint(
            "POST authorizations",
            "POST",
            "/third-party/ifttt/v1/authorizations",
            Caller.OWNER_APP,
            () -> Http.JSON.createObjectNode().put("clientId", TestApplication.OAUTH_CLIENT_ID),
            List.of("clientId"),
            true,
            false),
        new JsonEndpoint(
            "POST sessions",
            "POST",
            "/api/v1/sessions",
            Caller.NOBODY,
            () ->
                Http.JSON
                    .createObjectNode()
                    .put("email", Caller.ownerEmail())
                    .put("password", OwnerAccountDriver.PASSWORD),
            List.of("email", "password"),
            true,
            false),
        new JsonEndpoint(
            "POST admin owners",
            "POST",
            "/api/v1/admin/owners",
            Caller.ADMIN,
            () ->
                Http.JSON
                    .createObjectNode()
                    .put("email", "robust-" + UUID.randomUUID() + "@example.com")
                    .put("displayName", "Robust")
                    .put("password", OwnerAccountDriver.PASSWORD),
            List.of("email", "displayName", "password"),
            true,
            false),
        new JsonEndpoint(
            "POST admin robots",
            "POST",
            "/api/v1/admin/owners/" + Caller.ownerId() + "/robots",
            Caller.ADMIN,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode().put("name", "Robust");
              body.putArray("places")
                  .addObject()
                  .put("name", "Hall")
                  .put("waypointUuid", UUID.randomUUID().toString());
              return body;
            },
            List.of("name"),
            true,
            false),
        new JsonEndpoint(
            "POST Connect webhook connection/disabled",
            "POST",
            "/third-party/ifttt/v1/webhooks/connection/disabled",
            Caller.IFTTT_WEBHOOK,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putObject("data")
                  .put("connection_id", ConnectDoubles.RAIN_ALARM_CONNECTION)
                  .put("user_id", Caller.ownerId())
                  .put("user_timezone", "UTC");
              return body;
            },
            List.of("data"),
            false,
            false),
        new JsonEndpoint(
            "PUT owner user_connection",
            "PUT",
            CONNECTION + "/user_connection",
            Caller.OWNER_APP,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putArray("user_features");
              return body;
            },
            List.of("user_features"),
            false,
            false),
        new JsonEndpoint(
            "POST owner action run",
            "POST",
            CONNECTION + "/actions/robot.dock/run",
            Caller.OWNER_APP,
            () -> {
              ObjectNode body = Http.JSON.createObjectNode();
              body.putObject("fields").put("note", "x");
              return body;
            },
            List.of(),
            false,
            true),
        new JsonEndpoint(
            "POST owner query perform",
            "POST",
            CONNECTION + "/queries/weather.forecast/perform",
            Caller.OWNER_APP,
            () -> Http.JSON.createObjectNode().put("limit", 2),
            List.of(),
            false,
            true),
        new JsonEndpoint(
            "POST owner trigger test",
            "POST",
            CONNECTION + "/triggers/weather.rain/test",
            Caller.OWNER_APP,
            Http.JSON::createObjectNode,
            List.of(),
            false,
            true),
        new JsonEndpoint(
            "POST owner connect_url",
            "POST",
            CONNECTION + "/connect_url",
            Caller.OWNER_APP,
            () -> Http.JSON.createObjectNode().put("skip_config", false),
            List.of(),
            false,
            true));
  }
}
