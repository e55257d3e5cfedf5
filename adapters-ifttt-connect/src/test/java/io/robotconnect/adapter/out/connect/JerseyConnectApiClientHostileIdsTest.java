package io.robotconnect.adapter.out.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids with URL syntax in them stay one path segment (or one query value) on the wire. */
class JerseyConnectApiClientHostileIdsTest {
  private static final ConnectionId CONNECTION = new ConnectionId("C8p3q9T6");
  private static final OwnerId USER = new OwnerId("123");

  private final List<URI> received = new CopyOnWriteArrayList<>();
  private HttpServer ifttt;
  private JerseyConnectApiClient client;

  @BeforeEach
  void start() throws IOException {
    ifttt = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ifttt.createContext(
        "/",
        exchange -> {
          received.add(exchange.getRequestURI());
          try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
          }
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    ifttt.start();
    client =
        new JerseyConnectApiClient(
            new ConnectApiSettings(
                URI.create("http://127.0.0.1:" + ifttt.getAddress().getPort()),
                ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
                "key",
                List.of(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2)),
            TestJson.mapper(),
            TestRetries.connectApi(1),
            new SimpleMeterRegistry());
  }

  @AfterEach
  void stop() {
    client.close();
    ifttt.stop(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "{{7*7}}",
        "a/b",
        "a?b",
        "a#b",
        "%00",
        "%2e%2e",
        "100%",
        "a b+c;d",
        "ünï €",
        "...",
      })
  void aFieldOptionsTypeId_withUrlSyntax_staysOneSegment_andDecodesToItself(String typeId) {
    client.fieldOptions(CONNECTION, new OptionsScope("features", typeId), USER);

    List<String> segments = onlyRequestSegments();
    assertThat(segments).hasSize(6);
    assertThat(segments.subList(0, 4)).containsExactly("v2", "connections", "C8p3q9T6", "features");
    assertThat(decode(segments.get(4))).isEqualTo(typeId);
    assertThat(segments.get(5)).isEqualTo("field_options");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "{{7*7}}", "x?y#z", "..", "%2F", "a%b"})
  void aStepId_withUrlSyntax_staysOneSegmentOfEveryStepCall(String stepId) {
    StepRef step = new StepRef("acme", stepId);

    client.runAction(CONNECTION, step, USER, Map.of(), Optional.empty());
    client.testTrigger(CONNECTION, step, USER, Optional.empty());
    client.performQuery(
        CONNECTION,
        step,
        USER,
        io.robotconnect.application.port.out.ConnectApiPort.QueryRequest.defaults());

    assertThat(received).hasSize(3);
    for (URI uri : received) {
      List<String> segments = segments(uri);
      assertThat(segments).hasSize(6);
      assertThat(decode(segments.get(4))).isEqualTo("acme." + stepId);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{{7*7}}", "a&user_id=admin", "a#b", "x y+z%", "ünï"})
  void aUserId_withUrlSyntax_isOneQueryValue(String userId) {
    client.refresh(CONNECTION, new OwnerId(userId));

    URI uri = received.get(0);
    assertThat(segments(uri))
        .containsExactly("v2", "connections", "C8p3q9T6", "user_connection", "refresh");
    assertThat(uri.getRawQuery()).startsWith("user_id=").doesNotContain("&").doesNotContain("#");
    assertThat(decode(uri.getRawQuery().substring("user_id=".length()))).isEqualTo(userId);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void aDotSegment_isRefused_beforeAnythingIsSent(String typeId) {
    assertThatThrownBy(
            () -> client.fieldOptions(CONNECTION, new OptionsScope("features", typeId), USER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(received).isEmpty();
  }

  private List<String> onlyRequestSegments() {
    assertThat(received).hasSize(1);
    return segments(received.get(0));
  }

  private static List<String> segments(URI uri) {
    return Arrays.asList(uri.getRawPath().substring(1).split("/", -1));
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
