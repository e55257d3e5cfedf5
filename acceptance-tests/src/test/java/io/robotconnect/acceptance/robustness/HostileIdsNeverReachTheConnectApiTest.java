package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.acceptance.sandbox.ConnectSandbox;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.Eventually;
import io.robotconnect.acceptance.support.OpenApiContract;
import io.robotconnect.acceptance.support.TestApplication;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.bootstrap.Components;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.OwnerId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner-app connection API with ids that are URL syntax (traversal, templates, query and
 * fragment marks, NUL, encoded dots): each is refused with a 4xx in the Connect error format and
 * the Connect API (the sandbox, which records every request) is never called for it.
 */
class HostileIdsNeverReachTheConnectApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String KNOWN = ConnectDoubles.SEED_CONNECTION;
  private static final String FEATURE = "qharvmtjdh";

  /** Ids as the server decodes them. */
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "../../../etc/passwd",
          "..%2f..%2f..%2fetc%2fpasswd",
          "..",
          ".",
          "%2e%2e",
          "{{7*7}}",
          "${7*7}",
          "a/b",
          "a?b",
          "a#b",
          "a\u0000b",
          "%00",
          "ünïcødé ☃",
          "a".repeat(5000));

  /** Ids as they appear in the request path, unencoded where a path can carry them. */
  private static final List<String> RAW_SEGMENTS =
      List.of("..%2f..%2f..%2fetc%2fpasswd", "..", ".", "%2e%2e", "%00", "%2e", "a%2fb");

  private String session;
  private int receivedBefore;

  @BeforeEach
  void anOwnerWithTheSeedConnectionEnabled() {
    Components components = TestApplication.get().components();
    ConnectSandbox sandbox = ConnectDoubles.sandbox();
    String email = "hostile-" + UUID.randomUUID() + "@example.com";
    OwnerId owner =
        components
            .oauth()
            .registerOwner()
            .register(new RegisterOwnerCommand(new EmailAddress(email), "Eve", "correct horse"))
            .id();
    session =
        components
            .oauth()
            .startSession()
            .startSession(new StartSessionCommand(email, "correct horse"))
            .orElseThrow()
            .token();
    sandbox.enable(owner.value(), KNOWN, false);
    UserConnectionRepository userConnections = components.connect().userConnections();
    Eventually.waitUntil(
        Duration.ofSeconds(20),
        "the platform stores the enabled connection",
        () -> userConnections.find(owner, new ConnectionId(KNOWN)).isPresent());
    receivedBefore = sandbox.received().size();
  }

  @Test
  void hostileIds_inEveryPosition_are4xx_andNeverReachTheConnectApi() throws Exception {
    List<String> segments = new ArrayList<>(RAW_SEGMENTS);
    HOSTILE_VALUES.forEach(value -> segments.add(encode(value)));

    List<String> failures = new ArrayList<>();
    for (String id : segments) {
      for (String path : connectionPositions(id)) {
        expectRefused(path, failures, false);
      }
      for (String path : stepPositions(id)) {
        expectRefused(path, failures, false);
      }
      for (String path : stepPositions(encode("google_calendar.") + id)) {
        expectRefused(path, failures, false);
      }
      expectRefused(
          "GET /api/v1/connections/" + KNOWN + "/" + id + "/" + FEATURE + "/field_options",
          failures,
          false);
    }
    for (String path : connectionPositions("NoSuchConnection42")) {
      expectRefused(path, failures, true);
    }
    // a well-formed id the definition lacks is 404; one with control characters is malformed (400)
    List<String> wellFormed =
        HOSTILE_VALUES.stream()
            .filter(v -> v.length() < 100 && v.chars().noneMatch(Character::isISOControl))
            .toList();
    for (String value : wellFormed) {
      for (String path : stepPositions(encode("google_calendar." + value))) {
        expectRefused(path, failures, true);
      }
    }

    assertThat(failures).isEmpty();
    assertThat(ConnectDoubles.sandbox().received().subList(receivedBefore, sandboxCount()))
        .extracting(ConnectSandbox.Received::rawPath)
        .isEmpty();
  }

  @Test
  void aKnownFeature_stillReachesTheConnectApi_atExactlyItsPath() throws Exception {
    HttpResponse<String> response =
        send("GET", "/api/v1/connections/" + KNOWN + "/features/" + FEATURE + "/field_options");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ConnectDoubles.sandbox().received().subList(receivedBefore, sandboxCount()))
        .extracting(ConnectSandbox.Received::rawPath)
        .containsExactly("/v2/connections/" + KNOWN + "/features/" + FEATURE + "/field_options");
  }

  private static int sandboxCount() {
    return ConnectDoubles.sandbox().received().size();
  }

  private static List<String> connectionPositions(String connection) {
    String base = "/api/v1/connections/" + connection;
    return List.of(
        "GET " + base,
        "GET " + base + "/features/" + FEATURE + "/field_options",
        "PUT " + base + "/user_connection",
        "POST " + base + "/user_connection/refresh",
        "POST " + base + "/actions/google_calendar.add_detailed_event/run",
        "POST " + base + "/queries/google_calendar.search_events/perform",
        "POST " + base + "/triggers/location.enter_or_exit_region_location/test",
        "POST " + base + "/connect_url");
  }

  private static List<String> stepPositions(String id) {
    String base = "/api/v1/connections/" + KNOWN;
    return List.of(
        "GET " + base + "/features/" + id + "/field_options",
        "GET " + base + "/triggers/" + id + "/field_options",
        "GET " + base + "/queries/" + id + "/field_options",
        "GET " + base + "/actions/" + id + "/field_options",
        "POST " + base + "/actions/" + id + "/run",
        "POST " + base + "/queries/" + id + "/perform",
        "POST " + base + "/triggers/" + id + "/test");
  }

  /**
   * A 4xx; with {@code notFound}, exactly the Connect-format 404 {@code not_found}. A path that
   * does not reach a connection resource (a dot segment resolved away) may answer in another
   * family, but never 5xx.
   */
  private void expectRefused(String call, List<String> failures, boolean notFound)
      throws Exception {
    String method = call.substring(0, call.indexOf(' '));
    String path = call.substring(call.indexOf(' ') + 1);
    HttpResponse<String> response = send(method, path);
    int status = response.statusCode();
    boolean ok =
        notFound ? status == 404 && isConnectNotFound(response) : status >= 400 && status < 500;
    if (!ok) {
      failures.add(call + " -> " + status + " " + excerpt(response.body()));
    }
  }

  private static boolean isConnectNotFound(HttpResponse<String> response) {
    try {
      JsonNode body = JSON.readTree(response.body());
      return body.path("type").asText().equals("error")
          && body.path("code").asText().equals("not_found");
    } catch (IOException e) {
      return false;
    }
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    URI uri = URI.create(TestApplication.get().baseUri().toString().replaceAll("/$", "") + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + session)
            .header("Accept", "application/json");
    if (method.equals("GET")) {
      request.GET();
    } else {
      String body = path.endsWith("/user_connection") ? "{\"user_features\":[]}" : "{}";
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    OpenApiContract.check(response);
    return response;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String excerpt(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
