package io.robotconnect.adapter.out.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.RealtimeBatch;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both clients tell their {@link Reachability} after every call whether IFTTT answered: any answer
 * but 5xx (and 429 for the Realtime API) is reached; no answer or 5xx is unavailable, per attempt.
 */
class ReachabilityTest {
  private final WireMockServer ifttt = new WireMockServer(wireMockConfig().dynamicPort());
  private final List<String> told = new CopyOnWriteArrayList<>();
  private final Reachability recorder =
      new Reachability() {
        @Override
        public void reached() {
          told.add("reached");
        }

        @Override
        public void unavailable(String reason) {
          told.add("unavailable: " + reason);
        }
      };

  @BeforeEach
  void start() {
    ifttt.start();
  }

  @AfterEach
  void stop() {
    ifttt.stop();
  }

  private JerseyRealtimeClient realtime(URI base) {
    return new JerseyRealtimeClient(
        new RealtimeSettings(base, "key", Duration.ofSeconds(2), Duration.ofSeconds(2)),
        TestJson.mapper(),
        new SimpleMeterRegistry(),
        recorder);
  }

  private JerseyConnectApiClient connect(URI base) {
    return new JerseyConnectApiClient(
        new ConnectApiSettings(
            base,
            ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
            "key",
            List.of(),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2)),
        TestJson.mapper(),
        TestRetries.connectApi(3, Duration.ofMillis(10)),
        new SimpleMeterRegistry(),
        recorder);
  }

  private void realtimeAnswers(int status) {
    ifttt.stubFor(post(urlEqualTo("/v1/notifications")).willReturn(aResponse().withStatus(status)));
  }

  @Test
  void realtime_answersAreReached_5xx429AndNoAnswerAreUnavailable() throws Exception {
    RealtimeBatch batch = new RealtimeBatch(List.of("ti-1"), List.of());
    try (JerseyRealtimeClient client = realtime(URI.create(ifttt.baseUrl()));
        JerseyRealtimeClient nowhere = realtime(closedPort())) {
      realtimeAnswers(200);
      client.notify(batch);
      realtimeAnswers(400);
      client.notify(batch);
      realtimeAnswers(503);
      client.notify(batch);
      realtimeAnswers(429);
      client.notify(batch);
      nowhere.notify(batch);
    }

    assertThat(told).hasSize(5);
    assertThat(told.subList(0, 2)).containsOnly("reached");
    assertThat(told.get(2)).startsWith("unavailable: the Realtime API answered 503");
    assertThat(told.get(3)).startsWith("unavailable: the Realtime API answered 429");
    assertThat(told.get(4)).startsWith("unavailable: cannot reach the Realtime API: ");
  }

  @Test
  void connect_eachFailedAttemptIsUnavailable_andAnyOtherAnswerReached() throws Exception {
    try (JerseyConnectApiClient nowhere = connect(closedPort())) {
      assertThatThrownBy(() -> nowhere.me(Optional.empty()))
          .isInstanceOf(ConnectApiException.Unavailable.class);
    }
    assertThat(told).hasSize(3).allMatch(t -> t.startsWith("unavailable: Connect API GET /v2/me"));

    told.clear();
    ifttt.stubFor(get(urlPathEqualTo("/v2/me")).willReturn(aResponse().withStatus(502)));
    try (JerseyConnectApiClient client = connect(URI.create(ifttt.baseUrl()))) {
      assertThatThrownBy(() -> client.me(Optional.empty())).isInstanceOf(ConnectApiException.class);
      assertThat(told)
          .hasSize(3)
          .allMatch(t -> t.startsWith("unavailable: Connect API answered 502"));

      told.clear();
      ifttt.stubFor(
          get(urlPathEqualTo("/v2/me"))
              .willReturn(
                  aResponse()
                      .withStatus(401)
                      .withBody(
                          "{\"type\":\"error\",\"code\":\"unauthorized\",\"message\":\"no\"}")));
      assertThatThrownBy(() -> client.me(Optional.empty())).isInstanceOf(ConnectApiException.class);
      ifttt.stubFor(
          get(urlPathEqualTo("/v2/me"))
              .willReturn(aResponse().withStatus(200).withBody("{\"type\":\"me\"}")));
      client.me(Optional.empty());
    }
    assertThat(told).containsExactly("reached", "reached");
  }

  private static URI closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }
}
