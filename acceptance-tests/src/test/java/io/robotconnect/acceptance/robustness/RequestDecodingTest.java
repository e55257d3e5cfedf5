package io.robotconnect.acceptance.robustness;

import static io.robotconnect.acceptance.robustness.Checks.checkRaw;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.robotconnect.acceptance.support.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Requests the HTTP layer cannot decode, sent to every endpoint as raw bytes: bad percent-encoding
 * in the path and the query, a body that does not match its {@code Content-Encoding}, a {@code
 * Content-Type} that does not parse, a client that goes away in the middle of its body. Each is a
 * 400 or 415 with the endpoint family's error body, one access-log line, nothing logged as an
 * error; and the endpoint still serves a valid request afterwards.
 */
class RequestDecodingTest {
  private static final Set<Integer> BAD_REQUEST = Set.of(400);
  private static final Set<Integer> REFUSED = Set.of(400, 415);
  private static final List<String> BAD_ESCAPES = List.of("%zz", "%", "%c0%af", "%e2%82", "%2");

  /** A request line's method and path, its caller and a body it would accept. */
  private record Target(String name, String method, String path, Caller caller, String body) {}

  @BeforeAll
  static void signInEveryKindOfCaller() {
    Caller.signInAll();
  }

  @TestFactory
  Stream<DynamicNode> everyEndpointRefusesWhatCannotBeDecoded() {
    return targets().stream().map(t -> dynamicContainer(t.name(), casesOf(t)));
  }

  private static List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    Endpoints.json()
        .forEach(
            e ->
                targets.add(
                    new Target(
                        e.name(),
                        e.method(),
                        e.path(),
                        e.caller(),
                        e.validBody().get().toString())));
    Endpoints.bodyless()
        .forEach(e -> targets.add(new Target(e.name(), e.method(), e.path(), e.caller(), null)));
    Endpoints.ignoringTheirBody()
        .forEach(e -> targets.add(new Target(e.name(), e.method(), e.path(), e.caller(), "{}")));
    targets.add(
        new Target(
            "POST tokens",
            "POST",
            "/third-party/ifttt/v1/tokens",
            Caller.NOBODY,
            "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"x\"}"));
    targets.add(
        new Target(
            "GET authorize page", "GET", "/third-party/ifttt/authorize", Caller.NOBODY, null));
    targets.add(new Target("GET health", "GET", "/health/live", Caller.NOBODY, null));
    targets.add(new Target("GET landing page", "GET", "/", Caller.NOBODY, null));
    return targets;
  }

  private static Stream<DynamicNode> casesOf(Target t) {
    List<DynamicNode> cases = new ArrayList<>();
    String path = t.path().contains("?") ? t.path().substring(0, t.path().indexOf('?')) : t.path();
    String query =
        t.path().contains("?") ? t.path().substring(t.path().indexOf('?') + 1) + "&" : "";
    for (String escape : BAD_ESCAPES) {
      cases.add(
          checkRaw(
              "'" + escape + "' in the path is 400",
              () -> send(t, path + "/x" + escape + "y", headers(t, true), body(t)),
              BAD_REQUEST));
      cases.add(
          checkRaw(
              "'" + escape + "' in the query is 400",
              () -> send(t, path + "?" + query + "q=a" + escape + "z", headers(t, true), body(t)),
              BAD_REQUEST));
    }
    if (t.body() != null) {
      for (String coding : List.of("gzip", "deflate", "x-unknown-coding", "gzip, br")) {
        cases.add(
            checkRaw(
                "a plain body labelled Content-Encoding: " + coding + " is refused",
                () ->
                    send(t, t.path(), with(headers(t, true), "Content-Encoding", coding), body(t)),
                REFUSED));
      }
      for (String type :
          List.of(
              "application/json;",
              "a/b/c",
              "/json",
              "application/json; charset",
              "text/ plain",
              "\"")) {
        cases.add(
            checkRaw(
                "Content-Type '" + type + "' is refused",
                () -> send(t, t.path(), with(headers(t, false), "Content-Type", type), body(t)),
                REFUSED));
      }
      cases.add(clientVanishesMidBody(t));
    }
    cases.add(
        dynamicTest(
            "afterwards the endpoint still answers a valid request",
            () -> {
              Http.RawResponse answer = send(t, t.path(), headers(t, true), body(t));
              Answer.of(answer).isWellFormed();
            }));
    return cases.stream();
  }

  private static DynamicNode clientVanishesMidBody(Target t) {
    return dynamicTest(
        "a client that goes away mid-body leaves one INFO line and no error",
        () -> {
          int mark = ServerLog.get().mark();
          String requestId = UUID.randomUUID().toString();
          Http.sendHalfAndVanish(
              t.method(), t.path(), with(headers(t, true), "X-Request-ID", requestId), 10_000);
          Eventually.waitUntil(
              Duration.ofSeconds(10),
              "the vanished request is logged",
              () -> !ServerLog.get().linesOfRequestSince(mark, requestId).isEmpty());
          Answer.noProblemsLoggedSince(mark);
        });
  }

  private static Http.RawResponse send(
      Target t, String rawPath, Map<String, String> headers, byte[] body) {
    return Http.sendRaw(t.method(), rawPath, headers, body);
  }

  private static byte[] body(Target t) {
    return t.body() == null ? null : t.body().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> headers(Target t, boolean withContentType) {
    Map<String, String> headers = new HashMap<>(t.caller().headers());
    if (withContentType && t.body() != null) {
      headers.put("Content-Type", Http.JSON_TYPE);
    }
    return headers;
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return more;
  }
}
