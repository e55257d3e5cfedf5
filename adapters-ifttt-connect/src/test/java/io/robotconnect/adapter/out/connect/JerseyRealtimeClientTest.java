package io.robotconnect.adapter.out.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.domain.owner.OwnerId;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JerseyRealtimeClientTest {
  private static final String KEY = "service-key-123";
  private static WireMockServer ifttt;
  private JerseyRealtimeClient client;
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  @BeforeAll
  static void startFakeIfttt() {
    ifttt = new WireMockServer(wireMockConfig().dynamicPort());
    ifttt.start();
  }

  @AfterAll
  static void stopFakeIfttt() {
    ifttt.stop();
  }

  @AfterEach
  void reset() {
    ifttt.resetAll();
    if (client != null) {
      client.close();
    }
  }

  private JerseyRealtimeClient client() {
    client =
        new JerseyRealtimeClient(
            new RealtimeSettings(
                URI.create(ifttt.baseUrl()), KEY, Duration.ofSeconds(2), Duration.ofMillis(500)),
            TestJson.mapper(),
            metrics);
    return client;
  }

  private static RealtimeBatch batch() {
    return new RealtimeBatch(List.of("ti-1", "ti-2"), List.of(new OwnerId("alice")));
  }

  private void answer(int status) {
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .willReturn(aResponse().withStatus(status).withBody("{\"errors\":[]}")));
  }

  @Test
  void aNotification_carriesTheServiceKey_aRequestId_andTheEntries() {
    answer(200);

    DeliveryOutcome result = client().notify(batch());

    assertThat(result).isInstanceOf(DeliveryOutcome.Delivered.class);
    ifttt.verify(
        postRequestedFor(urlEqualTo("/v1/notifications"))
            .withHeader("IFTTT-Service-Key", equalTo(KEY))
            .withHeader("X-Request-ID", matching("[0-9a-f-]{36}"))
            .withHeader("Content-Type", matching("application/json.*"))
            .withRequestBody(
                equalToJson(
                    "{\"data\":[{\"trigger_identity\":\"ti-1\"},{\"trigger_identity\":\"ti-2\"},"
                        + "{\"user_id\":\"alice\"}]}")));
  }

  @Test
  void eachCall_isTimedByOutcome_andItsEntriesCounted() {
    JerseyRealtimeClient realtime = client();
    answer(200);
    realtime.notify(batch());
    answer(503);
    realtime.notify(batch());
    answer(400);
    realtime.notify(batch());

    for (String outcome : new String[] {"delivered", "retry_later", "refused"}) {
      assertThat(metrics.get(JerseyRealtimeClient.CALLS).tag("outcome", outcome).timer().count())
          .as(outcome)
          .isEqualTo(1);
      assertThat(
              metrics
                  .get(JerseyRealtimeClient.NOTIFICATIONS)
                  .tag("outcome", outcome)
                  .counter()
                  .count())
          .as(outcome)
          .isEqualTo(batch().size());
    }
  }

  @Test
  void theBody_isSentByteForByteAsBefore() {
    answer(200);

    client().notify(batch());

    assertThat(ifttt.findAll(postRequestedFor(urlEqualTo("/v1/notifications"))))
        .singleElement()
        .extracting(r -> r.getBodyAsString())
        .isEqualTo(
            "{\"data\":[{\"trigger_identity\":\"ti-1\"},{\"trigger_identity\":\"ti-2\"},"
                + "{\"user_id\":\"alice\"}]}");
  }

  @Test
  void serverErrorsAndTooManyRequests_areRetryable() {
    for (int status : new int[] {500, 502, 503, 429}) {
      answer(status);
      assertThat(client().notify(batch()))
          .as("status %d", status)
          .isInstanceOf(DeliveryOutcome.RetryLater.class);
    }
  }

  @Test
  void otherClientErrors_areRejected() {
    for (int status : new int[] {400, 401, 403, 404}) {
      answer(status);
      assertThat(client().notify(batch()))
          .as("status %d", status)
          .isInstanceOfSatisfying(
              DeliveryOutcome.GiveUp.class,
              r -> assertThat(r.error()).startsWith(Integer.toString(status)));
    }
  }

  @Test
  void aTimeout_isRetryable() {
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));

    assertThat(client().notify(batch())).isInstanceOf(DeliveryOutcome.RetryLater.class);
  }

  @Test
  void aBrokenConnection_isRetryable() {
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThat(client().notify(batch())).isInstanceOf(DeliveryOutcome.RetryLater.class);
  }

  @Test
  void nobodyListening_isRetryable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    client =
        new JerseyRealtimeClient(
            RealtimeSettings.of(URI.create("http://127.0.0.1:" + port), KEY),
            TestJson.mapper(),
            metrics);

    assertThat(client.notify(batch())).isInstanceOf(DeliveryOutcome.RetryLater.class);
  }
}
