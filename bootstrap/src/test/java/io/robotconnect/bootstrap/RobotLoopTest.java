package io.robotconnect.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robot loop through the real wiring (H2 database, embedded broker, a fake Realtime API over
 * HTTP), including IFTTT outages and a restart with undelivered notifications.
 */
class RobotLoopTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PHRASE = "find my phone";

  @TempDir Path dataDir;
  private final WireMockServer ifttt = new WireMockServer(wireMockConfig().dynamicPort());
  private final OwnerId owner = new OwnerId("owner-" + UUID.randomUUID());
  private final RobotId robotId = new RobotId(UUID.randomUUID());
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private int brokerPort;

  @BeforeEach
  void setUp() {
    ifttt.start();
    brokerPort = freePort();
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    ifttt.stop();
  }

  private App start() {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "test-service-key");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", Integer.toString(brokerPort));
    env.put("ROBOTCONNECT_MQTT_CLIENT_ID", "robotconnect-test");
    env.put("ROBOTCONNECT_REALTIME_API_URL", ifttt.baseUrl());
    Environment environment = new Environment(env);
    Wiring wiring = Wiring.of(environment, CoreSettings.from(environment));
    toClose.add(wiring.lifecycle());
    PersistenceWiring.Provided persistence = PersistenceWiring.wire(wiring);
    CoreWiring.Provided core = CoreWiring.wire(wiring, persistence);
    return new App(wiring, persistence, RobotWiring.wire(wiring, persistence, core));
  }

  /** The robot side of the application: persistence, core and robot wiring, without HTTP. */
  private record App(
      Wiring wiring, PersistenceWiring.Provided persistence, RobotWiring.Provided robot)
      implements AutoCloseable {

    @Override
    public void close() {
      wiring.lifecycle().close();
    }
  }

  private void seedOwnerWithRobotAndPhrase(App app) {
    app.persistence()
        .unitOfWork()
        .run(
            () -> {
              app.persistence()
                  .owners()
                  .save(
                      new Owner(
                          owner,
                          new EmailAddress(owner.value() + "@example.com"),
                          "Owner",
                          "not-a-real-hash"));
              app.persistence().robots().save(new Robot(robotId, owner, "Kuri", List.of()));
              app.persistence()
                  .triggerIdentities()
                  .save(TriggerIdentity.registered("ti-phone", subject(), Instant.now()));
              app.persistence().outbox().enqueue(new PhraseListPush(owner));
            });
  }

  private TriggerSubject subject() {
    return new TriggerSubject(owner, "voice_command", Map.of("voice_command", PHRASE));
  }

  private SimulatedRobot robot() {
    SimulatedRobot robot =
        new SimulatedRobot(
                SimulatedRobots.link(
                    "tcp://127.0.0.1:" + brokerPort, new RobotTopics("robots", "develop")),
                robotId,
                List.of())
            .start();
    toClose.add(robot);
    return robot;
  }

  private void iftttAnswers(int status) {
    ifttt.stubFor(post(urlEqualTo("/v1/notifications")).willReturn(aResponse().withStatus(status)));
  }

  private List<LoggedRequest> notifications() {
    return ifttt.findAll(postRequestedFor(urlEqualTo("/v1/notifications")));
  }

  @Test
  void aPhraseTheRobotHears_isStored_andIftttIsNotified() {
    iftttAnswers(200);
    App app = start();
    seedOwnerWithRobotAndPhrase(app);
    SimulatedRobot robot = robot();
    waitUntil(() -> !robot.phrases().isEmpty(), "the phrase list at the robot");

    robot.hear("Find my phone").orElseThrow();

    waitUntil(() -> !notifications().isEmpty(), "the Realtime notification");
    ifttt.verify(
        postRequestedFor(urlEqualTo("/v1/notifications"))
            .withHeader("IFTTT-Service-Key", equalTo("test-service-key"))
            .withRequestBody(containing("\"trigger_identity\":\"ti-phone\""))
            .withRequestBody(containing("\"user_id\":\"" + owner.value() + "\"")));
    assertThat(
            app.persistence()
                .unitOfWork()
                .inTransaction(
                    () ->
                        app.persistence().triggerEvents().newest(subject(), new TimelineLimit(10))))
        .singleElement()
        .satisfies(e -> assertThat(e.ingredients()).containsEntry("voice_command", PHRASE));
  }

  @Test
  void whileIftttAnswers503_notificationsWait_andAllArriveAfterItRecovers() {
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("still down"));
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .inScenario("outage")
            .whenScenarioStateIs("still down")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    ifttt.stubFor(
        post(urlEqualTo("/v1/notifications"))
            .inScenario("outage")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(200)));
    App app = start();
    seedOwnerWithRobotAndPhrase(app);
    SimulatedRobot robot = robot();
    waitUntil(() -> !robot.phrases().isEmpty(), "the phrase list at the robot");

    Set<String> said = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      said.add(robot.hear(PHRASE).orElseThrow());
    }

    OutboxRepository outbox = app.persistence().outbox();
    waitUntil(
        () ->
            eventsStored(app) == said.size()
                && app.persistence()
                        .unitOfWork()
                        .inTransaction(() -> outbox.pending(OutboxChannel.REALTIME))
                    == 0,
        "every notification delivered after the outage");
    List<LoggedRequest> calls = notifications();
    assertThat(calls.size()).isGreaterThanOrEqualTo(3);
    assertThat(calls.get(calls.size() - 1).getBodyAsString()).contains("ti-phone");
  }

  @Test
  void notificationsLeftUndelivered_areSentAfterARestart() {
    iftttAnswers(503);
    App first = start();
    seedOwnerWithRobotAndPhrase(first);
    SimulatedRobot robot = robot();
    waitUntil(() -> !robot.phrases().isEmpty(), "the phrase list at the robot");
    robot.hear(PHRASE).orElseThrow();
    waitUntil(() -> !notifications().isEmpty(), "a first, failed, attempt");
    first.close();

    ifttt.resetAll();
    iftttAnswers(200);
    App second = start();

    waitUntil(() -> !notifications().isEmpty(), "the notification after the restart");
    assertThat(notifications().get(0).getBodyAsString()).contains("ti-phone");
    waitUntil(
        () ->
            second
                    .persistence()
                    .unitOfWork()
                    .inTransaction(
                        () -> second.persistence().outbox().pending(OutboxChannel.REALTIME))
                == 0,
        "the outbox to be empty");
  }

  private int eventsStored(App app) {
    return app.persistence()
        .unitOfWork()
        .inTransaction(
            () ->
                app.persistence().triggerEvents().newest(subject(), new TimelineLimit(100)).size());
  }

  private static void waitUntil(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
