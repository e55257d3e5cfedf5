package io.robotconnect.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /metrics} of the assembled application (H2, embedded broker, a fake IFTTT), scraped
 * over HTTP and read as Prometheus's text format, after the requests an operator would look for.
 */
class MetricsEndpointTest {
  private static final String TOKEN = "metrics-token-0123456789abcdef";
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dataDir;
  private final WireMockServer ifttt = new WireMockServer(wireMockConfig().dynamicPort());
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void startIfttt() {
    ifttt.start();
    ifttt.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  @AfterEach
  void stopIfttt() {
    ifttt.stop();
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_DB_URL", "jdbc:h2:mem:metrics-" + System.nanoTime());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "metrics-test-key");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    env.put("ROBOTCONNECT_CONNECT_API_URL", ifttt.baseUrl());
    env.put("ROBOTCONNECT_REALTIME_API_URL", ifttt.baseUrl());
    env.put("ROBOTCONNECT_PASSWORD_BCRYPT_COST", "4");
    env.put("ROBOTCONNECT_SIGNIN_MAX_FAILURES", "1");
    return env;
  }

  private Map<String, String> envWithToken() {
    Map<String, String> env = env();
    env.put("ROBOTCONNECT_METRICS_TOKEN", TOKEN);
    return env;
  }

  @Test
  void aScrape_showsRequestsByRouteTemplate_andThePlatformsOwnSeries() throws Exception {
    try (RobotConnect app = RobotConnect.start(new Environment(envWithToken()))) {
      Owner owner =
          app.components()
              .oauth()
              .registerOwner()
              .register(
                  new RegisterOwnerCommand(
                      new EmailAddress("metrics@example.com"), "Metrics", PASSWORD));
      app.components()
          .oauth()
          .registerRobot()
          .register(RegisterRobotCommand.of(owner.id(), null, "Kuri", List.of()));
      String accessToken =
          app.components().oauth().issueAccessToken().issue(owner.id()).accessToken();
      await("the MQTT session")
          .atMost(Duration.ofSeconds(20))
          .until(() -> app.components().robot().fleet().isConnected());
      String unknownPath = "/no/such/thing/" + UUID.randomUUID();

      assertThat(
              post(
                  app,
                  "third-party/ifttt/v1/triggers/voice_command",
                  "{\"trigger_identity\":\"ti-metrics\",\"triggerFields\":"
                      + "{\"voice_command\":\"find my phone\"},\"limit\":5}",
                  "Bearer " + accessToken))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(200);
      assertThat(
              post(
                  app,
                  "third-party/ifttt/v1/actions/dock",
                  "{\"actionFields\":{}}",
                  "Bearer " + accessToken))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(200);
      String session = sessionToken(signIn(app, PASSWORD).body());
      assertThat(signIn(app, "wrong password").statusCode()).isEqualTo(401);
      assertThat(signIn(app, "wrong password").statusCode()).isEqualTo(429);
      assertThat(
              post(
                  app,
                  "api/v1/connections/RwAlarm01/user_connection/refresh",
                  "{}",
                  "Bearer " + session))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(204);
      assertThat(get(app, unknownPath.substring(1), null).statusCode()).isEqualTo(404);

      HttpResponse<String> scrape = get(app, "metrics", "Bearer " + TOKEN);

      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type"))
          .hasValue("text/plain; version=0.0.4; charset=utf-8");
      PrometheusText metrics = PrometheusText.parse(scrape.body());
      // Jersey's requests, by route template: the action's regex left out, no raw path
      assertThat(metrics.typeOf("http_server_requests_seconds")).isEqualTo("histogram");
      assertThat(
              metrics.value(
                  "http_server_requests_seconds_count",
                  Map.of(
                      "method",
                      "POST",
                      "uri",
                      "/third-party/ifttt/v1/triggers/voice_command",
                      "status",
                      "200")))
          .isEqualTo(1);
      assertThat(
              metrics.value(
                  "http_server_requests_seconds_count",
                  Map.of("uri", "/third-party/ifttt/v1/actions/{action}", "status", "200")))
          .isEqualTo(1);
      assertThat(
              metrics.value(
                  "http_server_requests_seconds_count",
                  Map.of("uri", "/api/v1/sessions", "status", "429", "outcome", "CLIENT_ERROR")))
          .isEqualTo(1);
      assertThat(
              metrics.value(
                  "http_server_requests_seconds_count",
                  Map.of("method", "GET", "uri", "NOT_FOUND", "status", "404")))
          .isEqualTo(1);
      assertThat(
              metrics.samples(
                  "http_server_requests_seconds_bucket",
                  Map.of("uri", "/third-party/ifttt/v1/triggers/voice_command", "le", "0.25")))
          .singleElement()
          .satisfies(bucket -> assertThat(bucket.value()).isLessThanOrEqualTo(1));
      assertThat(metrics.samples())
          .as("no label value is a raw path, an id or a token")
          .allSatisfy(
              sample ->
                  assertThat(sample.labels().values())
                      .noneMatch(v -> v.contains("no/such/thing"))
                      .noneMatch(v -> v.contains("RwAlarm01"))
                      .noneMatch(v -> v.contains("ti-metrics"))
                      .noneMatch(v -> v.contains(owner.id().value()))
                      .noneMatch(v -> v.contains("metrics@example.com")));
      assertThat(metrics.samples()).noneMatch(s -> s.name().contains("metrics_token"));

      // the platform's own
      for (OutboxChannel<?> channel : OutboxChannel.all()) {
        Map<String, String> of = Map.of("channel", channel.name());
        assertThat(metrics.value("robotconnect_outbox_messages", of)).isNotNaN();
        assertThat(metrics.value("robotconnect_outbox_dead_letters", of)).isZero();
        assertThat(metrics.value("robotconnect_outbox_oldest_due_age_seconds", of))
            .isGreaterThanOrEqualTo(0);
      }
      assertThat(
              metrics.value("robotconnect_sign_in_attempts_total", Map.of("outcome", "signed_in")))
          .isEqualTo(1);
      assertThat(metrics.value("robotconnect_sign_in_attempts_total", Map.of("outcome", "refused")))
          .isEqualTo(1);
      assertThat(
              metrics.value("robotconnect_sign_in_attempts_total", Map.of("outcome", "throttled")))
          .isEqualTo(1);
      assertThat(metrics.value("robotconnect_trigger_polls_seconds_count", Map.of("outcome", "ok")))
          .isEqualTo(1);
      assertThat(metrics.value("robotconnect_robot_commands_sent_total", Map.of())).isEqualTo(1);
      assertThat(metrics.value("robotconnect_robot_commands_acknowledged_total", Map.of()))
          .isEqualTo(1);
      assertThat(metrics.value("robotconnect_mqtt_connected", Map.of())).isEqualTo(1);
      assertThat(metrics.value("robotconnect_robot_events_total", Map.of("outcome", "recorded")))
          .isZero();
      assertThat(
              metrics.value(
                  "robotconnect_connect_api_calls_seconds_count",
                  Map.of(
                      "endpoint",
                      "/v2/connections/{connection_id}/user_connection/refresh",
                      "method",
                      "POST",
                      "outcome",
                      "ok")))
          .isEqualTo(1);
      assertThat(
              metrics.samples(
                  "resilience4j_retry_calls_total",
                  Map.of("name", "connect-api", "kind", "successful_without_retry")))
          .singleElement()
          .satisfies(s -> assertThat(s.value()).isEqualTo(1));
      // the pool, the JVM and the process
      assertThat(metrics.value("hikaricp_connections_max", Map.of("pool", "robotconnect-db")))
          .isPositive();
      assertThat(metrics.samples("jvm_memory_used_bytes", Map.of("area", "heap"))).isNotEmpty();
      assertThat(metrics.samples("process_uptime_seconds", Map.of())).isNotEmpty();
    }
  }

  @Test
  void withoutAToken_metricsAreOpen_andOnlyGetAndHeadAreServed() throws Exception {
    try (RobotConnect app = RobotConnect.start(new Environment(env()))) {
      assertThat(get(app, "metrics", null).statusCode()).isEqualTo(200);
      HttpResponse<String> post = post(app, "metrics", "{}", null);
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
  }

  @Test
  void withAToken_aScrapeWithoutItOrWithAnother_is401_withTheErrorBody() throws Exception {
    try (RobotConnect app = RobotConnect.start(new Environment(envWithToken()))) {
      for (String authorization : new String[] {null, "Bearer " + TOKEN + "x", "Basic " + TOKEN}) {
        HttpResponse<String> refused = get(app, "metrics", authorization);

        assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
            .hasValue("application/json; charset=utf-8");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(refused.headers().firstValue("X-Request-ID")).isPresent();
        assertThat(refused.body())
            .isEqualTo("{\"errors\":[{\"message\":\"Invalid or missing metrics token\"}]}");
      }
      assertThat(get(app, "metrics", "bearer " + TOKEN).statusCode()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" ", "short-token", "a token with spaces in it", "tøken-with-non-ascii-letters"})
  void aBadToken_stopsStartUp_namingItsVariable_withoutShowingIt(String token) {
    Map<String, String> env = env();
    env.put("ROBOTCONNECT_METRICS_TOKEN", token);

    assertThatThrownBy(() -> RobotConnect.start(new Environment(env)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.variable()).isEqualTo("ROBOTCONNECT_METRICS_TOKEN"))
        .hasMessageStartingWith("ROBOTCONNECT_METRICS_TOKEN: ")
        .satisfies(
            e -> {
              if (!token.isBlank()) {
                assertThat(e.getMessage()).doesNotContain(token);
              }
            });
  }

  private HttpResponse<String> signIn(RobotConnect app, String password) throws Exception {
    return post(
        app,
        "api/v1/sessions",
        "{\"email\":\"metrics@example.com\",\"password\":\"" + password + "\"}",
        null);
  }

  private static String sessionToken(String body) {
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
    assertThat(token.find()).as(body).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> get(RobotConnect app, String path, String authorization)
      throws Exception {
    return send(app, HttpRequest.newBuilder(uri(app, path)).GET(), authorization);
  }

  private HttpResponse<String> post(
      RobotConnect app, String path, String body, String authorization) throws Exception {
    return send(
        app,
        HttpRequest.newBuilder(uri(app, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        authorization);
  }

  private HttpResponse<String> send(
      RobotConnect app, HttpRequest.Builder request, String authorization) throws Exception {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(
        request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(RobotConnect app, String path) {
    return app.baseUri().resolve(path);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
