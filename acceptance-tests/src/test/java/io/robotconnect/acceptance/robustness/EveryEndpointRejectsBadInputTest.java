package io.robotconnect.acceptance.robustness;

import static io.robotconnect.acceptance.robustness.Checks.DOCUMENTED_ANSWERS;
import static io.robotconnect.acceptance.robustness.Checks.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.acceptance.robustness.Endpoints.BodylessEndpoint;
import io.robotconnect.acceptance.robustness.Endpoints.JsonEndpoint;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.TestApplication;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Sends malformed, incomplete, oddly typed, oversized and unauthenticated requests to every HTTP
 * endpoint of the assembled application and checks each answer: never a 5xx, never an HTML page or
 * a stack trace, the documented status and the documented error body of the endpoint's family, and
 * no error logged while serving it.
 */
class EveryEndpointRejectsBadInputTest {
  private static final String JSON_TYPE = Http.JSON_TYPE;
  private static final String FORM = Http.FORM;
  private static final String TEXT = Http.TEXT;
  private static final String DEAD_LETTERS = "/api/v1/admin/outbox/dead-letters";
  private static final ObjectMapper JSON = Http.JSON;
  private static final String HUGE = "x".repeat(100 * 1024);

  /** Longer than the longest text any field takes (10,000), shorter than the parser's limit. */
  private static final int BEYOND_EVERY_MAXIMUM = 10_001;

  private static final String DEEP = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

  @BeforeAll
  static void signInEveryKindOfCaller() {
    Caller.signInAll();
  }

  @TestFactory
  Stream<DynamicNode> jsonEndpoints() {
    return Endpoints.json().stream().map(EveryEndpointRejectsBadInputTest::casesOf);
  }

  @TestFactory
  Stream<DynamicNode> endpointsWithoutBody() {
    return Endpoints.bodyless().stream().map(EveryEndpointRejectsBadInputTest::casesOf);
  }

  @TestFactory
  Stream<DynamicNode> endpointsThatIgnoreTheirBody() {
    return Endpoints.ignoringTheirBody().stream()
        .map(
            e ->
                dynamicContainer(
                    e.name(),
                    Stream.of(
                        check(
                            "malformed JSON is ignored",
                            () ->
                                Http.send(
                                    "POST", e.path(), JSON_TYPE, "{\"a\":", e.caller().headers()),
                            Set.of(200)),
                        check(
                            "a JSON array is ignored",
                            () ->
                                Http.send(
                                    "POST", e.path(), JSON_TYPE, "[1,2]", e.caller().headers()),
                            Set.of(200)),
                        check(
                            "a 100 KB body is ignored",
                            () ->
                                Http.send(
                                    "POST",
                                    e.path(),
                                    JSON_TYPE,
                                    "{\"x\":\"" + HUGE + "\"}",
                                    e.caller().headers()),
                            Set.of(200)),
                        check(
                            "missing credentials are refused with 401",
                            () -> Http.send("POST", e.path(), JSON_TYPE, "{}", Map.of()),
                            Set.of(401)),
                        check(
                            "wrong credentials are refused with 401",
                            () ->
                                Http.send(
                                    "POST", e.path(), JSON_TYPE, "{}", e.caller().wrongHeaders()),
                            Set.of(401)))));
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
                Http.send(
                    "DELETE",
                    poll + "/trigger_identity/" + longId,
                    null,
                    null,
                    Caller.IFTTT_WITH_SERVICE_KEY.headers()),
            Set.of(200)),
        check(
            "a 2000-character owner id for a robot is 400 or 404",
            () ->
                Http.send(
                    "POST",
                    "/api/v1/admin/owners/" + longId + "/robots",
                    JSON_TYPE,
                    "{\"name\":\"R\"}",
                    Caller.ADMIN.headers()),
            Set.of(400, 404)),
        check(
            "a 2000-character connection id is 400 or 404",
            () ->
                Http.send(
                    "GET", "/api/v1/connections/" + longId, null, null, Caller.OWNER_APP.headers()),
            Set.of(400, 404)),
        check(
            "an unknown step kind for field options is 400 or 404",
            () ->
                Http.send(
                    "GET",
                    connection + "/bogus/x/field_options",
                    null,
                    null,
                    Caller.OWNER_APP.headers()),
            Set.of(400, 404)),
        check(
            "a 2000-character webhook type is 400",
            () ->
                Http.send(
                    "POST",
                    "/third-party/ifttt/v1/webhooks/" + longId + "/enabled",
                    JSON_TYPE,
                    "{}",
                    Caller.IFTTT_WEBHOOK.headers()),
            Set.of(400)),
        check(
            "a limit that is not a number is 400",
            () ->
                Http.send(
                    "GET",
                    "/api/v1/admin/connect/webhooks/unknown?limit=abc",
                    null,
                    null,
                    Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "a limit out of range is 400",
            () ->
                Http.send(
                    "GET",
                    "/api/v1/admin/connect/webhooks/unknown?limit=0",
                    null,
                    null,
                    Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "a dead-letter limit that is not a number is 400",
            () -> Http.send("GET", DEAD_LETTERS + "?limit=abc", null, null, Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "a dead-letter limit out of range is 400",
            () -> Http.send("GET", DEAD_LETTERS + "?limit=201", null, null, Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "a dead-letter cursor this API did not give out is 400",
            () ->
                Http.send(
                    "GET",
                    DEAD_LETTERS + "?cursor=bm90LW91cnM",
                    null,
                    null,
                    Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "an unknown dead-letter channel lists nothing or is 400",
            () ->
                Http.send(
                    "GET",
                    DEAD_LETTERS + "?channel=" + "c".repeat(2000),
                    null,
                    null,
                    Caller.ADMIN.headers()),
            Set.of(200, 400)),
        check(
            "retrying a dead letter that is not a number is 404",
            () ->
                Http.send("POST", DEAD_LETTERS + "/abc/retry", null, null, Caller.ADMIN.headers()),
            Set.of(404)),
        check(
            "retrying an unknown dead letter is 404",
            () ->
                Http.send(
                    "POST", DEAD_LETTERS + "/987654321/retry", null, null, Caller.ADMIN.headers()),
            Set.of(404)),
        check(
            "retrying every dead letter without naming a channel is 400",
            () -> Http.send("POST", DEAD_LETTERS + "/retry", null, null, Caller.ADMIN.headers()),
            Set.of(400)),
        check(
            "a poll without Content-Type is 415 or read as JSON",
            () -> Http.send("POST", poll, null, pollBody, Caller.IFTTT_WITH_ACCESS_TOKEN.headers()),
            Set.of(200, 415)),
        check(
            "a poll asking for HTML only is 406",
            () ->
                Http.send(
                    "POST",
                    poll,
                    JSON_TYPE,
                    pollBody,
                    withHeader(Caller.IFTTT_WITH_ACCESS_TOKEN.headers(), "Accept", "text/html")),
            Set.of(406)),
        check(
            "a JSON body declared with a foreign charset is not a crash",
            () ->
                Http.send(
                    "POST",
                    poll,
                    "application/json; charset=unknown-charset",
                    pollBody,
                    Caller.IFTTT_WITH_ACCESS_TOKEN.headers()),
            null),
        check(
            "a 6 KB bearer token is 401",
            () ->
                Http.send(
                    "GET",
                    "/third-party/ifttt/v1/user/info",
                    null,
                    null,
                    Map.of("Authorization", "Bearer " + "t".repeat(6 * 1024))),
            Set.of(401)),
        dynamicTest(
            "headers beyond the HTTP server's limit are a 400 without body",
            () -> {
              // refused by Grizzly's HTTP codec before Jersey runs: no error body is possible
              HttpResponse<String> response =
                  Http.send(
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
            () -> Http.send("GET", "/third-party/ifttt/v1/nothing-here", null, null, Map.of()),
            Set.of(404)),
        check(
            "an unknown action slug is 404",
            () ->
                Http.send(
                    "POST",
                    "/third-party/ifttt/v1/actions/explode",
                    JSON_TYPE,
                    "{\"actionFields\":{}}",
                    Caller.IFTTT_WITH_ACCESS_TOKEN.headers()),
            Set.of(404)),
        check(
            "POST to health is 405",
            () -> Http.send("POST", "/health/live", JSON_TYPE, "{}", Map.of()),
            Set.of(405)));
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
            () -> Http.send("POST", path, FORM, validCodeGrant() + "&unexpected=1", Map.of()),
            Set.of(200)),
        check(
            "unknown JSON keys are ignored",
            () -> {
              ObjectNode body = JSON.createObjectNode();
              formToMap(validCodeGrant()).forEach(body::put);
              body.put("unexpected", 1).putObject("nested").put("deep", true);
              return Http.send("POST", path, JSON_TYPE, body.toString(), Map.of());
            },
            Set.of(200)),
        check("GET is 405", () -> Http.send("GET", path, null, null, Map.of()), Set.of(405)));
  }

  @TestFactory
  Stream<DynamicNode> authorizePage() {
    String path = "/third-party/ifttt/authorize";
    return Stream.of(
        check(
            "a JSON body is 415",
            () -> Http.send("POST", path, JSON_TYPE, "{\"client_id\":1}", Map.of()),
            Set.of(415)),
        check(
            "an empty form is refused on the page",
            () -> Http.send("POST", path, FORM, "", Map.of()),
            Set.of(400)),
        check(
            "a 100 KB client_id is refused on the page",
            () -> Http.send("POST", path, FORM, "client_id=" + HUGE, Map.of()),
            Set.of(400)),
        check(
            "bad percent-encoding is a 400 before the page runs",
            () -> Http.send("POST", path, FORM, "client_id=%zz", Map.of()),
            Set.of(400)),
        check(
            "a GET without parameters is refused on the page",
            () -> Http.send("GET", path, null, null, Map.of()),
            Set.of(400)));
  }

  private static DynamicContainer casesOf(JsonEndpoint e) {
    Set<Integer> invalid = e.family() == ErrorFamily.PLATFORM ? Set.of(400, 422) : Set.of(400);
    List<DynamicNode> cases = new ArrayList<>();
    // What a valid request gets (the connection API may say 404/409 for an unconfigured owner).
    Supplier<Integer> validStatus =
        () -> e.send(JSON_TYPE, e.validBody().get().toString()).statusCode();
    cases.add(check("malformed JSON is 400", () -> e.send(JSON_TYPE, "{\"a\": [1,"), Set.of(400)));
    cases.add(
        check(
            "trailing garbage after the object is 400",
            () -> e.send(JSON_TYPE, e.validBody().get() + " }"),
            Set.of(400)));
    cases.add(
        check(
            "an empty body is " + (e.emptyIsValid() ? "read as {}" : "400"),
            () -> e.send(JSON_TYPE, ""),
            e.emptyIsValid() ? null : invalid));
    cases.add(
        check(
            "JSON null is " + (e.emptyIsValid() ? "read as {}" : "400"),
            () -> e.send(JSON_TYPE, "null"),
            e.emptyIsValid() ? null : invalid));
    cases.add(
        check(
            "a JSON array instead of an object is 400",
            () -> e.send(JSON_TYPE, "[" + e.validBody().get() + "]"),
            Set.of(400)));
    cases.add(
        check("JSON nested 5000 levels deep is 400", () -> e.send(JSON_TYPE, DEEP), Set.of(400)));
    cases.add(
        check(
            "a JSON string instead of an object is 400",
            () -> e.send(JSON_TYPE, "\"text\""),
            Set.of(400)));
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
                () -> e.send(JSON_TYPE, replaced(e, field, wrong.getValue())),
                refused ? invalid : null));
      }
      cases.add(
          check(
              "a 100 KB string for " + field + " is not a crash",
              () -> e.send(JSON_TYPE, replaced(e, field, JSON.getNodeFactory().textNode(HUGE))),
              DOCUMENTED_ANSWERS));
      if (required) {
        cases.add(
            check(
                "a missing " + field + " is refused",
                () -> {
                  ObjectNode body = e.validBody().get();
                  body.remove(field);
                  return e.send(JSON_TYPE, body.toString());
                },
                invalid));
        cases.add(
            check(
                "a null " + field + " is refused",
                () -> e.send(JSON_TYPE, replaced(e, field, JSON.getNodeFactory().nullNode())),
                invalid));
      }
    }
    for (String pointer : textPointersOf(e.validBody().get())) {
      cases.add(
          dynamicTest(
              "a text beyond every maximum at " + pointer + " is refused, naming it",
              () -> {
                ObjectNode body = e.validBody().get();
                String key = pointer.substring(pointer.lastIndexOf('/') + 1);
                ((ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/'))))
                    .put(key, "x".repeat(BEYOND_EVERY_MAXIMUM));
                int mark = ServerLog.get().mark();
                Answer answer = Answer.of(e.send(JSON_TYPE, body.toString())).isWellFormed();
                Answer.noProblemsLoggedSince(mark);
                if (e.path().endsWith("/validate")) {
                  assertThat(answer.body()).contains("\"valid\":false");
                  return;
                }
                answer.hasStatusIn(invalid);
                // named as the key or in words: "displayName" or "display name"
                assertThat(lettersOf(answer.errorMessage()))
                    .as("the message names the field: %s", answer.errorMessage())
                    .contains(lettersOf(key));
              }));
    }
    cases.add(
        dynamicTest(
            "unknown keys are ignored",
            () -> {
              int expected = validStatus.get();
              ObjectNode body = e.validBody().get();
              body.put("unexpectedKey", "surprise");
              body.putObject("unexpectedObject").putArray("list").add(1);
              HttpResponse<String> response = e.send(JSON_TYPE, body.toString());
              Answer.of(response).isWellFormed();
              assertThat(response.statusCode())
                  .as("same answer as without the unknown keys: %s", response.body())
                  .isEqualTo(expected);
            }));
    cases.add(
        check(
            "a valid request is answered without error",
            () -> e.send(JSON_TYPE, e.validBody().get().toString()),
            null));
    cases.add(
        check(
            "text/plain is " + (e.onlyJson() ? "415" : "read as JSON"),
            () -> e.send(TEXT, e.validBody().get().toString()),
            e.onlyJson() ? Set.of(415) : null));
    cases.add(
        check(
            "a form-encoded body is " + (e.onlyJson() ? "415" : "400"),
            () -> e.send(FORM, "email=a%40b.c&password=x"),
            e.onlyJson() ? Set.of(415) : Set.of(400)));
    cases.add(
        check(
            "GET is 405",
            () -> Http.send("GET", e.path(), null, null, e.caller().headers()),
            e.path().contains("/api/v1/connections/") ? null : Set.of(405)));
    if (e.caller() != Caller.NOBODY) {
      cases.add(
          check(
              "missing credentials are 401",
              () ->
                  Http.send(
                      e.method(),
                      e.path(),
                      JSON_TYPE,
                      e.validBody().get().toString(),
                      e.caller().missingHeaders()),
              Set.of(401)));
      cases.add(
          check(
              "wrong credentials are 401",
              () ->
                  Http.send(
                      e.method(),
                      e.path(),
                      JSON_TYPE,
                      e.validBody().get().toString(),
                      e.caller().wrongHeaders()),
              Set.of(401)));
    }
    return dynamicContainer(e.name(), cases);
  }

  private static DynamicContainer casesOf(BodylessEndpoint e) {
    String other = e.method().equals("GET") ? "PATCH" : "GET";
    return dynamicContainer(
        e.name(),
        Stream.of(
            check(
                "missing credentials are 401",
                () -> Http.send(e.method(), e.path(), null, null, Map.of()),
                Set.of(401)),
            check(
                "wrong credentials are 401",
                () -> Http.send(e.method(), e.path(), null, null, e.caller().wrongHeaders()),
                Set.of(401)),
            dynamicTest(
                "a garbage body is ignored",
                () -> {
                  int withoutBody = e.sendValid().statusCode();
                  HttpResponse<String> response =
                      Http.send(e.method(), e.path(), JSON_TYPE, "{\"a\":", e.caller().headers());
                  Answer.of(response).isWellFormed();
                  assertThat(response.statusCode()).as(response.body()).isEqualTo(withoutBody);
                }),
            check(
                other + " is 405",
                () -> Http.send(other, e.path(), null, null, e.caller().headers()),
                Set.of(405))));
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
        () -> Http.send("POST", "/third-party/ifttt/v1/tokens", contentType, body, headers),
        expected);
  }

  private static Map<String, String> withHeader(
      Map<String, String> headers, String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return more;
  }

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

  private static String lettersOf(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /** JSON pointers of every text value of an object, at any depth (not inside arrays). */
  private static List<String> textPointersOf(JsonNode node) {
    List<String> pointers = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            field -> {
              if (field.getValue().isTextual()) {
                pointers.add("/" + field.getKey());
              } else if (field.getValue().isObject()) {
                textPointersOf(field.getValue())
                    .forEach(p -> pointers.add("/" + field.getKey() + p));
              }
            });
    return pointers;
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
        Http.send(
            "POST",
            "/third-party/ifttt/v1/authorizations",
            JSON_TYPE,
            JSON.createObjectNode().put("clientId", TestApplication.OAUTH_CLIENT_ID).toString(),
            Caller.OWNER_APP.headers());
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

  private static String abbreviated(String body) {
    return Http.abbreviated(body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Http.json(response);
  }
}
