package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.domain.owner.OwnerId;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * One access line per request with the method, raw path, route template, status and duration as
 * key-value pairs, the request id in the logging context, and the owner of an authenticated request
 * in the logging context of every line of that request; never the token.
 */
class AccessLogTest {
  private static final String TOKEN = "alice-secret-token";
  private static final OwnerId ALICE = new OwnerId("alice-owner-id");
  private static final org.slf4j.Logger USE_CASE_LOG = LoggerFactory.getLogger("test.use-case");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private RestTestServer server;

  @BeforeEach
  void start() {
    events.start();
    root().addAppender(events);
    AuthenticateAccessTokenUseCase tokens =
        token -> token.equals(TOKEN) ? Optional.of(ALICE) : Optional.empty();
    RunRobotActionUseCase actions =
        command -> {
          USE_CASE_LOG.info("running an action for {}", command.owner());
          return "action-1";
        };
    server =
        RestTestServer.start(
            new TestRestApi().authenticateAccessToken(tokens).runRobotAction(actions));
  }

  @AfterEach
  void stop() {
    server.close();
    root().detachAppender(events);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private int send(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private List<ILoggingEvent> accessLines() {
    synchronized (events.list) {
      return events.list.stream().filter(e -> e.getLoggerName().equals("access")).toList();
    }
  }

  private ILoggingEvent accessLineOf(String requestId) {
    // the response filter logs after the answer may have left: wait for it
    Instant deadline = Instant.now().plusSeconds(5);
    while (Instant.now().isBefore(deadline)) {
      Optional<ILoggingEvent> line =
          accessLines().stream()
              .filter(e -> requestId.equals(e.getMDCPropertyMap().get("requestId")))
              .findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("no access line of request " + requestId + " in " + accessLines());
  }

  private static Map<String, Object> pairs(ILoggingEvent event) {
    Map<String, Object> pairs = new HashMap<>();
    List<KeyValuePair> list = event.getKeyValuePairs();
    if (list != null) {
      list.forEach(p -> pairs.put(p.key, p.value));
    }
    return pairs;
  }

  @Test
  void authenticatedRequest_accessLineCarriesRouteStatusDurationAndOwner() throws Exception {
    int status =
        send(
            "POST",
            "/third-party/ifttt/v1/actions/animation",
            "{\"actionFields\":{\"action\":\"giggle\"}}",
            "Authorization",
            "Bearer " + TOKEN,
            "Content-Type",
            "application/json",
            "X-Request-ID",
            "access-test-1");

    assertThat(status).isEqualTo(200);
    ILoggingEvent line = accessLineOf("access-test-1");
    Map<String, Object> pairs = pairs(line);
    assertThat(pairs)
        .containsEntry("method", "POST")
        .containsEntry("path", "/third-party/ifttt/v1/actions/animation")
        .containsEntry("route", "/third-party/ifttt/v1/actions/{action}")
        .containsEntry("status", 200);
    assertThat(pairs.get("durationMs")).isInstanceOf(Double.class);
    assertThat((Double) pairs.get("durationMs")).isGreaterThanOrEqualTo(0.0);
    assertThat(line.getMDCPropertyMap()).containsEntry("ownerId", ALICE.value());
    assertThat(line.getFormattedMessage())
        .matches(
            "POST /third-party/ifttt/v1/actions/animation 200 \\d+\\.\\d ms"
                + " route=/third-party/ifttt/v1/actions/\\{action} owner=alice-owner-id");

    ILoggingEvent useCaseLine =
        events.list.stream()
            .filter(e -> e.getLoggerName().equals("test.use-case"))
            .findFirst()
            .orElseThrow();
    assertThat(useCaseLine.getMDCPropertyMap())
        .as("every line of the request names its owner and id")
        .containsEntry("ownerId", ALICE.value())
        .containsEntry("requestId", "access-test-1");
  }

  @Test
  void refusedAndUnknownRequests_haveNoOwner_andUnmatchedPathsNoRoute() throws Exception {
    send(
        "POST",
        "/third-party/ifttt/v1/actions/animation",
        "{\"actionFields\":{\"action\":\"giggle\"}}",
        "Authorization",
        "Bearer " + TOKEN,
        "Content-Type",
        "application/json",
        "X-Request-ID",
        "access-test-owner");
    accessLineOf("access-test-owner");
    int refused =
        send(
            "POST",
            "/third-party/ifttt/v1/actions/animation",
            "{}",
            "Authorization",
            "Bearer wrong",
            "Content-Type",
            "application/json",
            "X-Request-ID",
            "access-test-refused");
    int unknown = send("GET", "/no/such/path", null, "X-Request-ID", "access-test-unknown");

    assertThat(refused).isEqualTo(401);
    assertThat(unknown).isEqualTo(404);
    ILoggingEvent refusedLine = accessLineOf("access-test-refused");
    assertThat(refusedLine.getMDCPropertyMap()).doesNotContainKey("ownerId");
    assertThat(pairs(refusedLine))
        .containsEntry("route", "/third-party/ifttt/v1/actions/{action}")
        .containsEntry("status", 401);
    ILoggingEvent unknownLine = accessLineOf("access-test-unknown");
    assertThat(unknownLine.getMDCPropertyMap()).doesNotContainKey("ownerId");
    assertThat(pairs(unknownLine)).doesNotContainKey("route").containsEntry("status", 404);
    assertThat(unknownLine.getFormattedMessage()).startsWith("GET /no/such/path 404 ");
  }

  @Test
  void theBearerTokenIsInNoLogLine() throws Exception {
    send(
        "POST",
        "/third-party/ifttt/v1/actions/animation",
        "{\"actionFields\":{\"action\":\"giggle\"}}",
        "Authorization",
        "Bearer " + TOKEN,
        "Content-Type",
        "application/json",
        "X-Request-ID",
        "access-test-token");
    accessLineOf("access-test-token");

    synchronized (events.list) {
      assertThat(events.list)
          .isNotEmpty()
          .allSatisfy(
              e -> {
                assertThat(e.getFormattedMessage()).doesNotContain(TOKEN);
                assertThat(e.getMDCPropertyMap().values()).noneMatch(v -> v.contains(TOKEN));
                assertThat(pairs(e).values()).noneMatch(v -> String.valueOf(v).contains(TOKEN));
              });
    }
  }
}
