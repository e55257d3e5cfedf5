package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.TestApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Sends malformed, incomplete, oddly typed, oversized and unauthenticated requests to every HTTP
 * endpoint of the assembled application and checks each answer: never a 5xx, never an HTML page or
 * a stack trace, the documented status and the documented error body of the endpoint's family.
 */
class EveryEndpointRejectsBadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String TEXT = "text/plain";
  private static final String HUGE = "x".repeat(100 * 1024);
  private static final String DEEP = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

  /** What any documented endpoint may answer: success, invalid, unauthorized, conflict. */
  private static final Set<Integer> DOCUMENTED_ANSWERS = Set.of(200, 201, 204, 400, 401, 409, 422);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The error body each family of endpoints documents. */
  enum ErrorShape {
    IFTTT,
    OAUTH,
    CONNECT,
    HTML_PAGE
  }

  /** Which credentials an endpoint needs. */
  enum Auth {
    NONE,
    IFTTT_ACCESS_TOKEN,
    SERVICE_KEY,
    SESSION,
    ADMIN,
    SERVICE_KEY_WITH_REQUEST_ID
  }

  private static String accessToken;
  private static String sessionToken;
  private static String ownerId;
  private static String ownerEmail;
  private static JsonNode samples;

  @BeforeAll
  static void signInEveryKindOfCaller() {
    TestApplication.get();
    HttpResponse<String> setup =
        send("POST", "/third-party/ifttt/v1/test/setup", null, null, headers(Auth.SERVICE_KEY));
    assertThat(setup.statusCode()).isEqualTo(200);
    accessToken = json(setup).path("data").path("accessToken").asText();
    samples = json(setup).path("data").path("samples");

    ScenarioContext context = new ScenarioContext();
    OwnerAccountDriver owners = new OwnerAccountDriver(context);
    HttpResponse<String> owner = owners.createOwner("Robustness", TestApplication.ADMIN_TOKEN);
    assertThat(owner.statusCode()).isEqualTo(201);
    ownerId = json(owner).path("data").path("id").asText();
    ownerEmail = context.recall("email of Robustness");
    HttpResponse<String> session = owners.signIn(ownerEmail, OwnerAccountDriver.PASSWORD);
    assertThat(session.statusCode()).isEqualTo(201);
    sessionToken = json(session).path("data").path("token").asText();
  }

  @TestFactory
  Stream<DynamicNode> jsonEndpoints() {
    return jsonEndpointList().stream().map(EveryEndpointRejectsBadInputTest::casesOf);
  }

  @TestFactory
  Stream<DynamicNode> endpointsWithoutBody() {
    return Stream.of(
        noBody("GET user/info", "GET", "/third-party/ifttt/v1/user/info", Auth.IFTTT_ACCESS_TOKEN),
        noBody("GET status", "GET", "/third-party/ifttt/v1/status", Auth.SERVICE_KEY),
        noBody(
            "DELETE trigger identity",
            "DELETE",
            "/third-party/ifttt/v1/triggers/voice_command/trigger_identity/robustness-none",
            Auth.SERVICE_KEY),
        noBody("GET third-party info", "GET", "/third-party/info", Auth.SESSION),
        noBody(
            "GET unknown webhooks",
            "GET",
            "/api/v1/admin/connect/webhooks/unknown?limit=5",
            Auth.ADMIN),
        noBody(
            "POST owner user_connection refresh",
            "POST",
            "/api/v1/connections/"
                + ConnectDoubles.RAIN_ALARM_CONNECTION
                + "/user_connection/refresh",
            Auth.SESSION),
        noBody(
            "GET owner connection",
            "GET",
            "/api/v1/connections/" + ConnectDoubles.RAIN_ALARM_CONNECTION,
            Auth.SESSION));
  }

  @TestFactory
  Stream<DynamicNode> endpointsThatIgnoreTheirBody() {
    return Stream.of(
            new Ignoring("POST test/setup", "/third-party/ifttt/v1/test/setup", Auth.SERVICE_KEY),
            new Ignoring(
                "POST animation action options",
                "/third-party/ifttt/v1/actions/animation/fields/action/options",
                Auth.IFTTT_ACCESS_TOKEN),
            new Ignoring(
                "POST move action options",
                "/third-party/ifttt/v1/actions/move/fields/action/options",
                Auth.IFTTT_ACCESS_TOKEN),
            new Ignoring(
                "POST move place options",
                "/third-party/ifttt/v1/actions/move/fields/place/options",
                Auth.IFTTT_ACCESS_TOKEN))
        .map(
            e ->
                dynamicContainer(
                    e.name(),
                    Stream.of(
                        check(
                            "malformed JSON is ignored",
                            () -> send("POST", e.path(), JSON_TYPE, "{\"a\":", headers(e.auth())),
                            Set.of(200),
                            ErrorShape.IFTTT),
                        check(
                            "a JSON array is ignored",
                            () -> send("POST", e.path(), JSON_TYPE, "[1,2]", headers(e.auth())),
                            Set.of(200),
                            ErrorShape.IFTTT),
                        check(
                            "a 100 KB body is ignored",
                            () ->
                                send(
                                    "POST",
                                    e.path(),
                                    JSON_TYPE,
                                    "{\"x\":\"" + HUGE + "\"}",
                                    headers(e.auth())),
                            Set.of(200),
                            ErrorShape.IFTTT),
                        check(
                            "missing credentials are refused with 401",
                            () -> send("POST", e.path(), JSON_TYPE, "{}", Map.of()),
                            Set.of(401),
                            ErrorShape.IFTTT),
                        check(
                            "wrong credentials are refused with 401",
                            () -> send("POST", e.path(), JSON_TYPE, "{}", wrongHeaders(e.auth())),
                            Set.of(401),
                            ErrorShape.IFTTT))));
  }

  @TestFactory
  Stream<DynamicNode> oddPathsQueriesAndHeaders() {
    String longId = "i".repeat(2000);
    String connection = "/api/v1/connections/" + ConnectDoubles.RAIN_ALARM_CONNECTION;
    String poll = "/third-party/ifttt/v1/triggers/voice_command";
    String pollBody =
        "{\"trigger_identity\":\"robustness-poll\",\"triggerFields\":{\"voice_command\":\"hi\"}}";
    return Stream.of(
        check(
            "a 2000-character trigger identity to delete is unknown: 200",
            () ->
                send(
                    "DELETE",
                    poll + "/trigger_identity/" + longId,
                    null,
                    null,
                    headers(Auth.SERVICE_KEY)),
            Set.of(200),
            ErrorShape.IFTTT),
        check(
            "a 2000-character owner id for a robot is 400 or 404",
            () ->
                send(
                    "POST",
                    "/api/v1/admin/owners/" + longId + "/robots",
                    JSON_TYPE,
                    "{\"name\":\"R\"}",
                    headers(Auth.ADMIN)),
            Set.of(400, 404),
            ErrorShape.IFTTT),
        check(
            "a 2000-character connection id is 400 or 404",
            () -> send("GET", "/api/v1/connections/" + longId, null, null, headers(Auth.SESSION)),
            Set.of(400, 404),
            ErrorShape.CONNECT),
        check(
            "an unknown step kind for field options is 400 or 404",
            () ->
                send(
                    "GET",
                    connection + "/bogus/x/field_options",
                    null,
                    null,
                    headers(Auth.SESSION)),
            Set.of(400, 404),
            ErrorShape.CONNECT),
        check(
            "a 2000-character webhook type is 400",
            () ->
                send(
                    "POST",
                    "/third-party/ifttt/v1/webhooks/" + longId + "/enabled",
                    JSON_TYPE,
                    "{}",
                    headers(Auth.SERVICE_KEY_WITH_REQUEST_ID)),
            Set.of(400),
            ErrorShape.IFTTT),
        check(
            "a limit that is not a number is 400",
            () ->
                send(
                    "GET",
                    "/api/v1/admin/connect/webhooks/unknown?limit=abc",
                    null,
                    null,
                    headers(Auth.ADMIN)),
            Set.of(400),
            ErrorShape.IFTTT),
        check(
            "a limit out of range is 400",
            () ->
                send(
                    "GET",
                    "/api/v1/admin/connect/webhooks/unknown?limit=0",
                    null,
                    null,
                    headers(Auth.ADMIN)),
            Set.of(400),
            ErrorShape.IFTTT),
        check(
            "a poll without Content-Type is 415 or read as JSON",
            () -> send("POST", poll, null, pollBody, headers(Auth.IFTTT_ACCESS_TOKEN)),
            Set.of(200, 415),
            ErrorShape.IFTTT),
        check(
            "a poll asking for HTML only is 406",
            () ->
                send(
                    "POST",
                    poll,
                    JSON_TYPE,
                    pollBody,
                    Map.of("Authorization", "Bearer " + accessToken, "Accept", "text/html")),
            Set.of(406),
            ErrorShape.IFTTT),
        check(
            "a JSON body declared with a foreign charset is not a crash",
            () ->
                send(
                    "POST",
                    poll,
                    "application/json; charset=unknown-charset",
                    pollBody,
                    headers(Auth.IFTTT_ACCESS_TOKEN)),
            null,
            ErrorShape.IFTTT),
        check(
            "a 6 KB bearer token is 401",
            () ->
                send(
                    "GET",
                    "/third-party/ifttt/v1/user/info",
                    null,
                    null,
                    Map.of("Authorization", "Bearer " + "t".repeat(6 * 1024))),
            Set.of(401),
            ErrorShape.IFTTT),
        dynamicTest(
            "headers beyond the HTTP server's limit are a 400 without body",
            () -> {
              // refused by Grizzly's HTTP codec before Jersey runs: no error body is possible
              HttpResponse<String> response =
                  send(
                      "GET",
                      "/third-party/ifttt/v1/user/info",
                      null,
                      null,
                      Map.of("Authorization", "Bearer " + "t".repeat(64 * 1024)));
              assertThat(response.statusCode()).isEqualTo(400);
              assertThat(response.body()).isEmpty();
            }),
        check(
            "an unknown path is 404",
            () -> send("GET", "/third-party/ifttt/v1/nothing-here", null, null, Map.of()),
            Set.of(404),
            ErrorShape.IFTTT),
        check(
            "an unknown action slug is 404",
            () ->
                send(
                    "POST",
                    "/third-party/ifttt/v1/actions/explode",
                    JSON_TYPE,
                    "{\"actionFields\":{}}",
                    headers(Auth.IFTTT_ACCESS_TOKEN)),
            Set.of(404),
            ErrorShape.IFTTT),
        check(
            "POST to health is 405",
            () -> send("POST", "/health/live", JSON_TYPE, "{}", Map.of()),
            Set.of(405),
            ErrorShape.IFTTT));
  }

  @TestFactory
  Stream<DynamicNode> tokenEndpoint() {
    String path = "/third-party/ifttt/v1/tokens";
    Set<Integer> invalidRequest = Set.of(400);
    return Stream.of(
        oauth("malformed JSON is invalid_request", JSON_TYPE, "{\"grant_type\":", invalidRequest),
        oauth("an empty body is invalid_request or invalid_client", FORM, "", Set.of(400, 401)),
        oauth("JSON null is invalid_request", JSON_TYPE, "null", invalidRequest),
        oauth("JSON nested 5000 levels deep is invalid_request", JSON_TYPE, DEEP, invalidRequest),
        oauth("a JSON array is invalid_request", JSON_TYPE, "[\"a\"]", invalidRequest),
        oauth(
            "a number as grant_type is unsupported_grant_type",
            JSON_TYPE,
            "{\"grant_type\":7,\"client_id\":\"c\",\"client_secret\":\"s\"}",
            invalidRequest),
        oauth(
            "an object as grant_type is invalid_request",
            JSON_TYPE,
            "{\"grant_type\":{\"a\":1},\"client_id\":\"c\",\"client_secret\":\"s\"}",
            invalidRequest),
        oauth(
            "a 100 KB code is invalid_grant or invalid_client",
            FORM,
            "grant_type=authorization_code&code=" + HUGE + "&client_id=x&client_secret=y",
            Set.of(400, 401)),
        oauth(
            "bad percent-encoding is invalid_request",
            FORM,
            "grant_type=%zz&code=1",
            invalidRequest),
        oauth(
            "a JSON body sent as text/plain is read as a form and refused",
            TEXT,
            "{\"grant_type\":\"refresh_token\"}",
            Set.of(400, 401)),
        oauth(
            "a wrong client secret is invalid_client",
            FORM,
            "grant_type=refresh_token&refresh_token=abc&client_id="
                + TestApplication.OAUTH_CLIENT_ID
                + "&client_secret=wrong",
            Set.of(401)),
        oauth(
            "missing client credentials are invalid_client",
            FORM,
            "grant_type=refresh_token&refresh_token=abc",
            Set.of(401)),
        oauth(
            "malformed Basic credentials are invalid_client",
            FORM,
            "grant_type=refresh_token&refresh_token=abc",
            Map.of("Authorization", "Basic !!!not-base64"),
            Set.of(401)),
        check(
            "unknown form parameters are ignored",
            () -> send("POST", path, FORM, validCodeGrant() + "&unexpected=1", Map.of()),
            Set.of(200),
            ErrorShape.OAUTH),
        check(
            "unknown JSON keys are ignored",
            () -> {
              ObjectNode body = JSON.createObjectNode();
              formToMap(validCodeGrant()).forEach(body::put);
              body.put("unexpected", 1).putObject("nested").put("deep", true);
              return send("POST", path, JSON_TYPE, body.toString(), Map.of());
            },
            Set.of(200),
            ErrorShape.OAUTH),
        check(
            "GET is 405",
            () -> send("GET", path, null, null, Map.of()),
            Set.of(405),
            ErrorShape.IFTTT));
  }

  @TestFactory
  Stream<DynamicNode> authorizePage() {
    String path = "/third-party/ifttt/authorize";
    return Stream.of(
        check(
            "a JSON body is 415",
            () -> send("POST", path, JSON_TYPE, "{\"client_id\":1}", Map.of()),
            Set.of(415),
            ErrorShape.IFTTT),
        check(
            "an empty form is refused on the page",
            () -> send("POST", path, FORM, "", Map.of()),
            Set.of(400),
            ErrorShape.HTML_PAGE),
        check(
            "a 100 KB client_id is refused on the page",
            () -> send("POST", path, FORM, "client_id=" + HUGE, Map.of()),
            Set.of(400),
            ErrorShape.HTML_PAGE),
        check(
            "bad percent-encoding is a 400 before the page runs",
            () -> send("POST", path, FORM, "client_id=%zz", Map.of()),
            Set.of(400),
            ErrorShape.IFTTT),
        check(
            "a GET without parameters is refused on the page",
            () -> send("GET", path, null, null, Map.of()),
            Set.of(400),
            ErrorShape.HTML_PAGE));
  }

  // ---- the endpoints that take a JSON body ----

  private static List<JsonEndpoint> jsonEndpointList() {
    String connection = "/api/v1/connections/" + ConnectDoubles.RAIN_ALARM_CONNECTION;
    return List.of(
        new JsonEndpoint(
            "POST voice_command poll",
            "/third-party/ifttt/v1/triggers/voice_command",
            Auth.IFTTT_ACCESS_TOKEN,
            () -> {
              ObjectNode body = JSON.createObjectNode().put("trigger_identity", "robustness-poll");
              body.putObject("triggerFields").put("voice_command", "hello robot");
              body.put("limit", 3);
              body.putObject("user").put("timezone", "Europe/Zurich");
              return body;
            },
            List.of("trigger_identity", "triggerFields"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST voice_command field validation",
            "/third-party/ifttt/v1/triggers/voice_command/fields/voice_command/validate",
            Auth.SERVICE_KEY,
            () -> JSON.createObjectNode().put("value", "hello robot"),
            List.of(),
            ErrorShape.IFTTT,
            true,
            true),
        new JsonEndpoint(
            "POST animation action",
            "/third-party/ifttt/v1/actions/animation",
            Auth.IFTTT_ACCESS_TOKEN,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putObject("actionFields")
                  .put("action", samples.path("actions").path("animation").path("action").asText());
              return body;
            },
            List.of("actionFields"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST move action",
            "/third-party/ifttt/v1/actions/move",
            Auth.IFTTT_ACCESS_TOKEN,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putObject("actionFields")
                  .put("place", samples.path("actions").path("move").path("place").asText());
              return body;
            },
            List.of("actionFields"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST dock action",
            "/third-party/ifttt/v1/actions/dock",
            Auth.IFTTT_ACCESS_TOKEN,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putObject("actionFields");
              return body;
            },
            List.of("actionFields"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST authorizations",
            "/third-party/ifttt/v1/authorizations",
            Auth.SESSION,
            () -> JSON.createObjectNode().put("clientId", TestApplication.OAUTH_CLIENT_ID),
            List.of("clientId"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST sessions",
            "/api/v1/sessions",
            Auth.NONE,
            () ->
                JSON.createObjectNode()
                    .put("email", ownerEmail)
                    .put("password", OwnerAccountDriver.PASSWORD),
            List.of("email", "password"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST admin owners",
            "/api/v1/admin/owners",
            Auth.ADMIN,
            () ->
                JSON.createObjectNode()
                    .put("email", "robust-" + UUID.randomUUID() + "@example.com")
                    .put("displayName", "Robust")
                    .put("password", OwnerAccountDriver.PASSWORD),
            List.of("email", "displayName", "password"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST admin robots",
            "/api/v1/admin/owners/" + ownerIdLater() + "/robots",
            Auth.ADMIN,
            () -> {
              ObjectNode body = JSON.createObjectNode().put("name", "Robust");
              body.putArray("places")
                  .addObject()
                  .put("name", "Hall")
                  .put("waypointUuid", UUID.randomUUID().toString());
              return body;
            },
            List.of("name"),
            ErrorShape.IFTTT,
            true,
            false),
        new JsonEndpoint(
            "POST Connect webhook connection/disabled",
            "/third-party/ifttt/v1/webhooks/connection/disabled",
            Auth.SERVICE_KEY_WITH_REQUEST_ID,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putObject("data")
                  .put("connection_id", ConnectDoubles.RAIN_ALARM_CONNECTION)
                  .put("user_id", ownerId)
                  .put("user_timezone", "UTC");
              return body;
            },
            List.of("data"),
            ErrorShape.IFTTT,
            false,
            false),
        new JsonEndpoint(
            "PUT owner user_connection",
            connection + "/user_connection",
            Auth.SESSION,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putArray("user_features");
              return body;
            },
            List.of("user_features"),
            ErrorShape.CONNECT,
            false,
            false),
        new JsonEndpoint(
            "POST owner action run",
            connection + "/actions/robot.dock/run",
            Auth.SESSION,
            () -> {
              ObjectNode body = JSON.createObjectNode();
              body.putObject("fields").put("note", "x");
              return body;
            },
            List.of(),
            ErrorShape.CONNECT,
            false,
            true),
        new JsonEndpoint(
            "POST owner query perform",
            connection + "/queries/weather.forecast/perform",
            Auth.SESSION,
            () -> JSON.createObjectNode().put("limit", 2),
            List.of(),
            ErrorShape.CONNECT,
            false,
            true),
        new JsonEndpoint(
            "POST owner trigger test",
            connection + "/triggers/weather.rain/test",
            Auth.SESSION,
            JSON::createObjectNode,
            List.of(),
            ErrorShape.CONNECT,
            false,
            true),
        new JsonEndpoint(
            "POST owner connect_url",
            connection + "/connect_url",
            Auth.SESSION,
            () -> JSON.createObjectNode().put("skip_config", false),
            List.of(),
            ErrorShape.CONNECT,
            false,
            true));
  }

  /**
   * The owner id is known only once {@link #signInEveryKindOfCaller} ran; test factories run after.
   */
  private static String ownerIdLater() {
    return ownerId;
  }

  /**
   * An endpoint taking a JSON object.
   *
   * @param required top-level keys whose absence or wrong type must be refused
   * @param onlyJson declares {@code @Consumes(application/json)}: other content types are 415
   * @param emptyIsValid an absent body is read as {@code {}} (documented for the endpoint)
   */
  record JsonEndpoint(
      String name,
      String path,
      Auth auth,
      Supplier<ObjectNode> validBody,
      List<String> required,
      ErrorShape shape,
      boolean onlyJson,
      boolean emptyIsValid) {

    String method() {
      return path.endsWith("/user_connection") ? "PUT" : "POST";
    }

    HttpResponse<String> post(String contentType, String body) {
      return send(method(), path, contentType, body, headers(auth));
    }
  }

  record Ignoring(String name, String path, Auth auth) {}

  private static DynamicContainer casesOf(JsonEndpoint e) {
    Set<Integer> invalid = e.shape() == ErrorShape.CONNECT ? Set.of(400, 422) : Set.of(400);
    List<DynamicNode> cases = new ArrayList<>();
    // What a valid request gets (the connection API may say 404/409 for an unconfigured owner).
    Supplier<Integer> validStatus =
        () -> e.post(JSON_TYPE, e.validBody().get().toString()).statusCode();
    cases.add(
        check(
            "malformed JSON is 400",
            () -> e.post(JSON_TYPE, "{\"a\": [1,"),
            Set.of(400),
            e.shape()));
    cases.add(
        check(
            "trailing garbage after the object is 400",
            () -> e.post(JSON_TYPE, e.validBody().get() + " }"),
            Set.of(400),
            e.shape()));
    cases.add(
        check(
            "an empty body is " + (e.emptyIsValid() ? "read as {}" : "400"),
            () -> e.post(JSON_TYPE, ""),
            e.emptyIsValid() ? null : invalid,
            e.shape()));
    cases.add(
        check(
            "JSON null is " + (e.emptyIsValid() ? "read as {}" : "400"),
            () -> e.post(JSON_TYPE, "null"),
            e.emptyIsValid() ? null : invalid,
            e.shape()));
    cases.add(
        check(
            "a JSON array instead of an object is 400",
            () -> e.post(JSON_TYPE, "[" + e.validBody().get() + "]"),
            Set.of(400),
            e.shape()));
    cases.add(
        check(
            "JSON nested 5000 levels deep is 400",
            () -> e.post(JSON_TYPE, DEEP),
            Set.of(400),
            e.shape()));
    cases.add(
        check(
            "a JSON string instead of an object is 400",
            () -> e.post(JSON_TYPE, "\"text\""),
            Set.of(400),
            e.shape()));
    for (String field : fieldsOf(e.validBody().get())) {
      boolean required = e.required().contains(field);
      JsonNode valid = e.validBody().get().get(field);
      for (Map.Entry<String, JsonNode> wrong : wrongTypesFor(valid).entrySet()) {
        // a number or boolean where text is expected is read as its text (Jackson's coercion)
        boolean readAsText = valid.isTextual() && wrong.getValue().isValueNode();
        boolean refused = required && !readAsText;
        cases.add(
            check(
                wrong.getKey() + " for " + field + " is " + (refused ? "refused" : "not a crash"),
                () -> e.post(JSON_TYPE, replaced(e, field, wrong.getValue())),
                refused ? invalid : null,
                e.shape()));
      }
      cases.add(
          check(
              "a 100 KB string for " + field + " is not a crash",
              () -> e.post(JSON_TYPE, replaced(e, field, JSON.getNodeFactory().textNode(HUGE))),
              DOCUMENTED_ANSWERS,
              e.shape()));
      if (required) {
        cases.add(
            check(
                "a missing " + field + " is refused",
                () -> {
                  ObjectNode body = e.validBody().get();
                  body.remove(field);
                  return e.post(JSON_TYPE, body.toString());
                },
                invalid,
                e.shape()));
        cases.add(
            check(
                "a null " + field + " is refused",
                () -> e.post(JSON_TYPE, replaced(e, field, JSON.getNodeFactory().nullNode())),
                invalid,
                e.shape()));
      }
    }
    cases.add(
        dynamicTest(
            "unknown keys are ignored",
            () -> {
              int expected = validStatus.get();
              ObjectNode body = e.validBody().get();
              body.put("unexpectedKey", "surprise");
              body.putObject("unexpectedObject").putArray("list").add(1);
              HttpResponse<String> response = e.post(JSON_TYPE, body.toString());
              assertWellFormed(response, e.shape());
              assertThat(response.statusCode())
                  .as("same answer as without the unknown keys: %s", response.body())
                  .isEqualTo(expected);
            }));
    cases.add(
        check(
            "a valid request is answered without error",
            () -> e.post(JSON_TYPE, e.validBody().get().toString()),
            null,
            e.shape()));
    cases.add(
        check(
            "text/plain is " + (e.onlyJson() ? "415" : "read as JSON"),
            () -> e.post(TEXT, e.validBody().get().toString()),
            e.onlyJson() ? Set.of(415) : null,
            e.shape()));
    cases.add(
        check(
            "a form-encoded body is " + (e.onlyJson() ? "415" : "400"),
            () -> e.post(FORM, "email=a%40b.c&password=x"),
            e.onlyJson() ? Set.of(415) : Set.of(400),
            e.shape()));
    cases.add(
        check(
            "GET is 405",
            () -> send("GET", e.path(), null, null, headers(e.auth())),
            e.path().contains("/api/v1/connections/") ? null : Set.of(405),
            e.shape()));
    if (e.auth() != Auth.NONE) {
      cases.add(
          check(
              "missing credentials are 401",
              () ->
                  send(
                      e.method(),
                      e.path(),
                      JSON_TYPE,
                      e.validBody().get().toString(),
                      e.auth() == Auth.SERVICE_KEY_WITH_REQUEST_ID
                          ? Map.of("X-Request-ID", UUID.randomUUID().toString())
                          : Map.of()),
              Set.of(401),
              e.shape()));
      cases.add(
          check(
              "wrong credentials are 401",
              () ->
                  send(
                      e.method(),
                      e.path(),
                      JSON_TYPE,
                      e.validBody().get().toString(),
                      wrongHeaders(e.auth())),
              Set.of(401),
              e.shape()));
    }
    return dynamicContainer(e.name(), cases);
  }

  private static DynamicContainer noBody(String name, String method, String path, Auth auth) {
    String other = method.equals("GET") ? "PATCH" : "GET";
    ErrorShape shape = path.contains("/connections/") ? ErrorShape.CONNECT : ErrorShape.IFTTT;
    return dynamicContainer(
        name,
        Stream.of(
            check(
                "missing credentials are 401",
                () -> send(method, path, null, null, Map.of()),
                Set.of(401),
                shape),
            check(
                "wrong credentials are 401",
                () -> send(method, path, null, null, wrongHeaders(auth)),
                Set.of(401),
                shape),
            dynamicTest(
                "a garbage body is ignored",
                () -> {
                  int withoutBody = send(method, path, null, null, headers(auth)).statusCode();
                  HttpResponse<String> response =
                      send(method, path, JSON_TYPE, "{\"a\":", headers(auth));
                  assertWellFormed(response, shape);
                  assertThat(response.statusCode()).as(response.body()).isEqualTo(withoutBody);
                }),
            check(
                other + " is 405",
                () -> send(other, path, null, null, headers(auth)),
                Set.of(405),
                shape)));
  }

  // ---- checks ----

  /**
   * One request; the answer must never be a 5xx, HTML (outside the authorize page) or a stack
   * trace, any error must carry the family's error body, and when {@code expected} is given the
   * status must be one of those.
   */
  private static DynamicNode check(
      String name,
      Supplier<HttpResponse<String>> request,
      Set<Integer> expected,
      ErrorShape shape) {
    return dynamicTest(
        name,
        () -> {
          HttpResponse<String> response = request.get();
          assertWellFormed(response, shape);
          if (expected != null) {
            assertThat(expected)
                .as("status %s of: %s", response.statusCode(), abbreviated(response.body()))
                .contains(response.statusCode());
          }
        });
  }

  private static DynamicNode oauth(
      String name, String contentType, String body, Set<Integer> expected) {
    return oauth(name, contentType, body, Map.of(), expected);
  }

  private static DynamicNode oauth(
      String name,
      String contentType,
      String body,
      Map<String, String> headers,
      Set<Integer> expected) {
    return check(
        name,
        () -> send("POST", "/third-party/ifttt/v1/tokens", contentType, body, headers),
        expected,
        ErrorShape.OAUTH);
  }

  private static void assertWellFormed(HttpResponse<String> response, ErrorShape shape) {
    if (response.request().uri().getPath().startsWith("/api/v1/")) {
      shape = ErrorShape.CONNECT; // the platform's own APIs answer in the Connect API's format
    }
    int status = response.statusCode();
    String body = response.body();
    assertThat(status).as("no server error: %s", abbreviated(body)).isLessThan(500);
    assertThat(body)
        .as("no stack trace")
        .doesNotContain("Exception")
        .doesNotContain("at io.")
        .doesNotContain("org.glassfish")
        .doesNotContain("\tat ");
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (shape == ErrorShape.HTML_PAGE) {
      assertThat(type).startsWith("text/html");
      return;
    }
    assertThat(body.toLowerCase(Locale.ROOT)).as("no HTML").doesNotContain("<html");
    if (status < 400) {
      return;
    }
    assertThat(type).as("error content type of %s", status).startsWith(JSON_TYPE);
    JsonNode json = json(response);
    if (status == 405 || status == 415) {
      // produced by the framework before any resource runs: the common IFTTT shape
      shape = shape == ErrorShape.CONNECT ? ErrorShape.CONNECT : ErrorShape.IFTTT;
    }
    switch (shape) {
      case IFTTT -> {
        assertThat(json.path("errors").isArray()).as("errors body: %s", body).isTrue();
        assertThat(json.path("errors")).isNotEmpty();
        json.path("errors")
            .forEach(
                error ->
                    assertThat(error.path("message").asText())
                        .as("message: %s", body)
                        .isNotBlank());
      }
      case OAUTH -> {
        if (status == 405) {
          assertThat(json.path("errors").isArray()).as("errors body: %s", body).isTrue();
        } else {
          assertThat(json.path("error").asText())
              .as("RFC 6749 error: %s", body)
              .isIn(
                  "invalid_request",
                  "invalid_client",
                  "invalid_grant",
                  "unauthorized_client",
                  "unsupported_grant_type",
                  "invalid_scope");
          assertThat(json.path("error_description").isTextual()).as(body).isTrue();
          assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        }
      }
      case CONNECT -> {
        assertThat(json.path("type").asText()).as("Connect error: %s", body).isEqualTo("error");
        assertThat(json.path("code").asText()).as("Connect error code: %s", body).isNotBlank();
        assertThat(json.path("message").isTextual()).as(body).isTrue();
      }
      case HTML_PAGE -> throw new IllegalStateException("handled above");
    }
  }

  // ---- plumbing ----

  /** Values of every JSON type other than the valid value's. */
  private static Map<String, JsonNode> wrongTypesFor(JsonNode valid) {
    Map<String, JsonNode> wrong = new LinkedHashMap<>();
    if (!valid.isObject()) {
      wrong.put("an object", JSON.createObjectNode().put("x", 1));
    }
    if (!valid.isNumber()) {
      wrong.put("a number", JSON.getNodeFactory().numberNode(42));
    }
    if (!valid.isTextual()) {
      wrong.put("a string", JSON.getNodeFactory().textNode("abc"));
    }
    if (!valid.isArray()) {
      wrong.put("an array", JSON.createArrayNode().add("a"));
    }
    if (!valid.isBoolean()) {
      wrong.put("a boolean", JSON.getNodeFactory().booleanNode(true));
    }
    return wrong;
  }

  private static List<String> fieldsOf(ObjectNode body) {
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private static String replaced(JsonEndpoint e, String field, JsonNode value) {
    ObjectNode body = e.validBody().get();
    body.set(field, value);
    return body.toString();
  }

  private static String validCodeGrant() {
    HttpResponse<String> code =
        send(
            "POST",
            "/third-party/ifttt/v1/authorizations",
            JSON_TYPE,
            JSON.createObjectNode().put("clientId", TestApplication.OAUTH_CLIENT_ID).toString(),
            headers(Auth.SESSION));
    assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
    String value = json(code).path("data").path(0).path("code").asText();
    return "grant_type=authorization_code&code="
        + value
        + "&client_id="
        + TestApplication.OAUTH_CLIENT_ID
        + "&client_secret="
        + TestApplication.OAUTH_CLIENT_SECRET;
  }

  private static Map<String, String> formToMap(String form) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return map;
  }

  private static Map<String, String> headers(Auth auth) {
    return switch (auth) {
      case NONE -> Map.of();
      case IFTTT_ACCESS_TOKEN -> Map.of("Authorization", "Bearer " + accessToken);
      case SERVICE_KEY -> Map.of("IFTTT-Service-Key", TestApplication.SERVICE_KEY);
      case SERVICE_KEY_WITH_REQUEST_ID ->
          Map.of(
              "IFTTT-Service-Key",
              TestApplication.SERVICE_KEY,
              "X-Request-ID",
              UUID.randomUUID().toString());
      case SESSION -> Map.of("Authorization", "Bearer " + sessionToken);
      case ADMIN -> Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN);
    };
  }

  private static Map<String, String> wrongHeaders(Auth auth) {
    return switch (auth) {
      case SERVICE_KEY -> Map.of("IFTTT-Service-Key", "not-the-key");
      case SERVICE_KEY_WITH_REQUEST_ID ->
          Map.of("IFTTT-Service-Key", "not-the-key", "X-Request-ID", UUID.randomUUID().toString());
      default -> Map.of("Authorization", "Bearer not-a-valid-token");
    };
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + abbreviated(response.body()), e);
    }
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestApplication.uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
