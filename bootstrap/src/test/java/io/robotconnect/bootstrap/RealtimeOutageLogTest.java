package io.robotconnect.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.RealtimeNotification;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The assembled application while the Realtime API answers 503 to every call: many failed calls
 * make one WARN line with the number of notifications waiting, not one per call, and the API's
 * return makes one INFO line.
 */
class RealtimeOutageLogTest {
  private static final int NOTIFICATIONS = 20;
  private static final List<String> PER_CALL_LOGGERS =
      List.of(
          "io.robotconnect.application.service.RealtimeOutboxHandler",
          "io.robotconnect.application.service.OutboxDrainService",
          "io.robotconnect.adapter.out.connect.JerseyRealtimeClient");

  @TempDir Path dataDir;
  private final WireMockServer realtime = new WireMockServer(wireMockConfig().dynamicPort());
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void start() {
    realtime.start();
    realtime.stubFor(post(urlEqualTo("/v1/notifications")).willReturn(aResponse().withStatus(503)));
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void stop() {
    root.detachAppender(log);
    realtime.stop();
  }

  private List<ILoggingEvent> lines(String logger) {
    synchronized (log.list) {
      return log.list.stream().filter(e -> e.getLoggerName().equals(logger)).toList();
    }
  }

  private List<ILoggingEvent> outageLines() {
    return lines(UpstreamOutage.class.getName());
  }

  @Test
  void aRealtimeOutage_isOneLineWhileItLasts_andOneWhenItEnds() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_DB_URL", "jdbc:h2:mem:realtime-outage-" + System.nanoTime());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "outage-test-key");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    env.put("ROBOTCONNECT_REALTIME_API_URL", realtime.baseUrl());
    try (RobotConnect app = RobotConnect.start(new Environment(env))) {
      PersistenceWiring.Provided persistence = app.components().persistence();
      for (int i = 0; i < NOTIFICATIONS; i++) {
        RealtimeNotification notification =
            new RealtimeNotification(List.of("identity-" + i), List.of());
        persistence.unitOfWork().run(() -> persistence.outbox().enqueue(notification));
        persistence.outboxSignal().enqueued(OutboxChannel.REALTIME);
        int attempted = i + 1;
        waitUntil("notification " + attempted + " attempted", () -> realtimeCalls() >= attempted);
      }
      waitUntil("many failed Realtime API calls", () -> realtimeCalls() >= 3 * NOTIFICATIONS / 2);

      List<ILoggingEvent> during = outageLines();
      assertThat(during).as("one line for the outage so far").singleElement();
      ILoggingEvent down = during.get(0);
      assertThat(down.getLevel()).isEqualTo(Level.WARN);
      assertThat(down.getFormattedMessage())
          .startsWith("Realtime API unavailable: the Realtime API answered 503")
          .containsPattern("; \\d+ messages waiting");
      assertThat(pair(down, "waiting")).isInstanceOf(Long.class);
      assertThat((Long) pair(down, "waiting")).isBetween(1L, (long) NOTIFICATIONS);
      for (String perCall : PER_CALL_LOGGERS) {
        assertThat(lines(perCall))
            .as("no per-call line from " + perCall)
            .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
      }

      realtime.resetAll();
      realtime.stubFor(
          post(urlEqualTo("/v1/notifications")).willReturn(aResponse().withStatus(200)));
      waitUntil(
          "every notification delivered",
          () -> persistence.outbox().pending(OutboxChannel.REALTIME) == 0);
      waitUntil("the recovery line", () -> outageLines().size() == 2);

      ILoggingEvent up = outageLines().get(1);
      assertThat(up.getLevel()).isEqualTo(Level.INFO);
      assertThat(up.getFormattedMessage()).startsWith("Realtime API reachable again after ");
      assertThat(pair(up, "upstreamState")).isEqualTo("up");
      await("nothing more once it is over")
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> outageLines().size() == 2);
      assertThat(outageLines()).as("nothing more once it is over").hasSize(2);
    }
  }

  private static Object pair(ILoggingEvent event, String key) {
    return event.getKeyValuePairs().stream()
        .filter(p -> p.key.equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + event))
        .value;
  }

  private static void waitUntil(String what, Callable<Boolean> condition) {
    await(what).atMost(Duration.ofSeconds(60)).until(condition);
  }

  private int realtimeCalls() {
    return realtime
        .countRequestsMatching(postRequestedFor(urlEqualTo("/v1/notifications")).build())
        .getCount();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
