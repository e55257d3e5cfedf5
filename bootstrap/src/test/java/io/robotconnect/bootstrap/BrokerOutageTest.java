package io.robotconnect.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.robotconnect.adapter.robot.RobotFleetStatus;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.TcpProxy;
import io.robotconnect.adapter.robot.simulator.ReceivedCommand;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet's broker (a real Mosquitto, run privately by the test) is stopped and started again, or
 * the platform's connection to it is cut, while robots keep reporting phrases and IFTTT keeps
 * sending commands: every event a robot handed to its MQTT client is stored exactly once and
 * notified, every command that got an action id reaches its robot, and commands tried while the
 * broker is away fail fast with the typed failure.
 */
class BrokerOutageTest {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerOutageTest.class);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration PAUSE = Duration.ofMillis(50);
  private static final String PHRASE = "find my phone";
  private static final int ROBOTS = 3;

  @TempDir Path dataDir;
  @TempDir Path brokerDir;
  private final WireMockServer ifttt = new WireMockServer(wireMockConfig().dynamicPort());
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final List<Thread> traffic = new ArrayList<>();
  private final List<Fleet> fleet = new ArrayList<>();
  private final List<SentCommand> sent = new CopyOnWriteArrayList<>();
  private final List<Duration> refusals = new CopyOnWriteArrayList<>();
  private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
  private volatile boolean flowing = true;
  private MosquittoBroker broker;
  private TcpProxy platformLink;

  /** Takes the broker away from (some of) its clients and gives it back. */
  private interface Outage {
    void begin();

    void end();
  }

  /** One owner with one robot and one voice-command identity, and what the robot said. */
  private record Fleet(
      OwnerId owner,
      RobotId robotId,
      String identity,
      SimulatedRobot robot,
      Map<String, CompletableFuture<Void>> said) {
    TriggerSubject subject() {
      return new TriggerSubject(owner, "voice_command", Map.of("voice_command", PHRASE));
    }
  }

  private record SentCommand(RobotId robot, String actionId) {}

  @BeforeEach
  void setUp() throws IOException {
    Optional<Path> mosquitto = MosquittoBroker.findBinary();
    if (mosquitto.isEmpty()) {
      LOG.warn(
          "SKIPPED: the broker outage test needs a Mosquitto binary; install mosquitto or set {}",
          MosquittoBroker.BINARY_VARIABLE);
    }
    assumeTrue(
        mosquitto.isPresent(),
        "no Mosquitto binary: install mosquitto or set "
            + MosquittoBroker.BINARY_VARIABLE
            + " to its path to run the broker outage test");
    int port = freePort();
    broker = MosquittoBroker.start(mosquitto.get(), brokerDir, port);
    toClose.add(broker);
    platformLink = new TcpProxy("127.0.0.1", port);
    toClose.add(platformLink);
    ifttt.start();
    ifttt.stubFor(post(urlEqualTo("/v1/notifications")).willReturn(aResponse().withStatus(200)));
  }

  @AfterEach
  void tearDown() throws Exception {
    flowing = false;
    for (Thread thread : traffic) {
      thread.join(5_000);
    }
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    ifttt.stop();
  }

  @Test
  void givenEventsAndCommandsFlowing_whenTheBrokerStopsAndRestarts_thenNothingAcceptedIsLost() {
    flowThrough(
        broker.url(),
        new Outage() {
          @Override
          public void begin() {
            broker.stop();
          }

          @Override
          public void end() {
            broker.start();
          }
        },
        true);
  }

  @Test
  void givenEventsAndCommandsFlowing_whenThePlatformIsCutFromTheBroker_thenNothingAcceptedIsLost() {
    flowThrough(
        "tcp://127.0.0.1:" + platformLink.port(),
        new Outage() {
          @Override
          public void begin() {
            platformLink.cut();
          }

          @Override
          public void end() {
            platformLink.restore();
          }
        },
        false);
  }

  /**
   * Robots speak and IFTTT sends commands through the outage; then everything accepted must have
   * arrived, once.
   *
   * @param robotsCutOff whether the outage takes the broker away from the robots as well
   */
  private void flowThrough(String platformBrokerUrl, Outage outage, boolean robotsCutOff) {
    Platform app = startPlatform(platformBrokerUrl);
    RobotFleetStatus platform = app.robot().fleet();
    waitUntil(platform::isConnected, "the platform to connect to mosquitto");
    for (int i = 0; i < ROBOTS; i++) {
      fleet.add(seedOwnerWithRobot(app, i));
    }
    for (Fleet one : fleet) {
      waitUntil(
          () -> !one.robot().phrases().isEmpty(), "the phrase list at robot " + one.robotId());
    }
    fleet.forEach(this::startSpeaking);
    startCommanding(app.robot().robotCommands());

    waitUntil(() -> platform.counters().recorded() >= 60, "events to flow before the outage");
    outage.begin();
    int acceptedBefore = sent.size();
    long recordedBefore = platform.counters().recorded();
    waitUntil(
        () ->
            refusals.size() >= 10
                && (robotsCutOff
                    ? fleet.stream().allMatch(one -> one.robot().unacknowledged() >= 20)
                    : fleet.stream().mapToInt(one -> one.said().size()).sum()
                        >= recordedBefore + 60),
        "commands to be refused and events to pile up while the broker is away");
    outage.end();
    long recordedAtRestart = platform.counters().recorded();
    ifttt.resetRequests();
    waitUntil(
        () -> platform.counters().recorded() >= recordedAtRestart + 60,
        "events to flow after the restart");
    waitUntil(() -> sent.size() >= acceptedBefore + 20, "commands to be accepted after restart");
    stopTraffic();

    assertThat(unexpected).isEmpty();
    for (Fleet one : fleet) {
      waitUntil(
          () -> one.said().values().stream().allMatch(CompletableFuture::isDone),
          "robot " + one.robotId() + " to have every event acknowledged by the broker");
      assertThat(one.said().values()).noneMatch(CompletableFuture::isCompletedExceptionally);
      waitUntil(
          () -> storedIds(app, one).size() >= one.said().size(),
          () ->
              "every event of robot "
                  + one.robotId()
                  + " to be stored; "
                  + diagnosis(app, platform));
      List<String> stored = storedIds(app, one);
      assertThat(stored).doesNotHaveDuplicates();
      assertThat(Set.copyOf(stored)).isEqualTo(one.said().keySet());
    }
    OutboxRepository outbox = app.persistence().outbox();
    waitUntil(
        () ->
            app.persistence()
                    .unitOfWork()
                    .inTransaction(() -> outbox.pending(OutboxChannel.REALTIME))
                == 0,
        "every Realtime notification to be delivered");
    String notified =
        ifttt.findAll(postRequestedFor(urlEqualTo("/v1/notifications"))).stream()
            .map(request -> request.getBodyAsString())
            .collect(Collectors.joining("\n"));
    for (Fleet one : fleet) {
      assertThat(notified).contains("\"user_id\":\"" + one.owner().value() + "\"");
    }

    for (Fleet one : fleet) {
      Set<String> expected =
          sent.stream()
              .filter(command -> command.robot().equals(one.robotId()))
              .map(SentCommand::actionId)
              .collect(Collectors.toSet());
      waitUntil(
          () -> receivedActionIds(one).containsAll(expected),
          "every accepted command to reach robot " + one.robotId());
    }
    LOG.info(
        "{}: {} events said, {} commands accepted, {} refused (slowest {}), platform"
            + " counters {}",
        robotsCutOff ? "broker restart" : "platform cut from the broker",
        fleet.stream().mapToInt(one -> one.said().size()).sum(),
        sent.size(),
        refusals.size(),
        refusals.stream().max(Duration::compareTo).orElse(Duration.ZERO),
        platform.counters().snapshot());
    assertThat(refusals)
        .allSatisfy(
            took -> assertThat(took).isLessThan(PUBLISH_TIMEOUT.plus(Duration.ofSeconds(1))));
  }

  private Platform startPlatform(String mqttUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "test-service-key");
    env.put("ROBOTCONNECT_MQTT_URL", mqttUrl);
    env.put("ROBOTCONNECT_MQTT_CLIENT_ID", "robotconnect-outage-test");
    env.put("ROBOTCONNECT_REALTIME_API_URL", ifttt.baseUrl());
    Environment environment = new Environment(env);
    Wiring wiring = Wiring.of(environment, CoreSettings.from(environment));
    toClose.add(wiring.lifecycle());
    PersistenceWiring.Provided persistence = PersistenceWiring.wire(wiring);
    CoreWiring.Provided core = CoreWiring.wire(wiring, persistence);
    return new Platform(persistence, RobotWiring.wire(wiring, persistence, core));
  }

  /** The robot side of the platform: persistence and robot wiring, without HTTP. */
  private record Platform(PersistenceWiring.Provided persistence, RobotWiring.Provided robot) {}

  private Fleet seedOwnerWithRobot(Platform b, int index) {
    OwnerId owner = new OwnerId("owner-" + index + "-" + UUID.randomUUID());
    RobotId robotId = new RobotId(UUID.randomUUID());
    String identity = "ti-" + index + "-" + UUID.randomUUID();
    TriggerSubject subject =
        new TriggerSubject(owner, "voice_command", Map.of("voice_command", PHRASE));
    b.persistence()
        .unitOfWork()
        .run(
            () -> {
              b.persistence()
                  .owners()
                  .save(
                      new Owner(
                          owner,
                          new EmailAddress(owner.value() + "@example.com"),
                          "Owner " + index,
                          "not-a-real-hash"));
              b.persistence().robots().save(new Robot(robotId, owner, "Kuri " + index, List.of()));
              b.persistence()
                  .triggerIdentities()
                  .save(TriggerIdentity.registered(identity, subject, Instant.now()));
              b.persistence().outbox().enqueue(new PhraseListPush(owner));
            });
    SimulatedRobot robot =
        new SimulatedRobot(
                SimulatedRobots.link(broker.url(), new RobotTopics("robots", "develop")),
                robotId,
                List.of())
            .start();
    toClose.add(robot);
    return new Fleet(owner, robotId, identity, robot, new ConcurrentHashMap<>());
  }

  /**
   * The robot says its phrase every {@link #PAUSE}. Its MQTT client keeps what it cannot send while
   * the broker is away; in the instant the client notices the loss it refuses, and the robot tries
   * the same message again, as a real robot does.
   */
  private void startSpeaking(Fleet one) {
    startTraffic(
        "robot-" + one.robotId(),
        () -> {
          String messageId = UUID.randomUUID().toString();
          while (flowing) {
            try {
              one.said()
                  .put(messageId, one.robot().reportTrigger(one.identity(), PHRASE, messageId));
              return;
            } catch (IllegalStateException refusedWhileDisconnecting) {
              LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
          }
        });
  }

  /** IFTTT runs a robot action every {@link #PAUSE}, round robin over the robots. */
  private void startCommanding(RobotCommandPort commands) {
    AtomicInteger next = new AtomicInteger();
    startTraffic(
        "ifttt-actions",
        () -> {
          RobotId robot = fleet.get(next.getAndIncrement() % fleet.size()).robotId();
          long started = System.nanoTime();
          try {
            sent.add(new SentCommand(robot, commands.send(new RobotCommand.Dock(robot))));
          } catch (RobotTransportUnavailableException e) {
            refusals.add(Duration.ofNanos(System.nanoTime() - started));
          }
        });
  }

  private void startTraffic(String name, Runnable step) {
    Thread thread =
        new Thread(
            () -> {
              while (flowing) {
                try {
                  step.run();
                } catch (RuntimeException | Error e) {
                  unexpected.add(e);
                }
                LockSupport.parkNanos(PAUSE.toNanos());
              }
            },
            name);
    thread.setDaemon(true);
    traffic.add(thread);
    thread.start();
  }

  private void stopTraffic() {
    flowing = false;
    for (Thread thread : traffic) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static List<String> storedIds(Platform b, Fleet one) {
    return b.persistence()
        .unitOfWork()
        .inTransaction(
            () ->
                b
                    .persistence()
                    .triggerEvents()
                    .newest(one.subject(), new TimelineLimit(TimelineLimit.MAXIMUM))
                    .stream()
                    .map(TriggerEvent::id)
                    .toList());
  }

  private static Set<String> receivedActionIds(Fleet one) {
    return one.robot().commands().stream()
        .map(ReceivedCommand::actionId)
        .collect(Collectors.toSet());
  }

  private String diagnosis(Platform app, RobotFleetStatus platform) {
    StringBuilder text = new StringBuilder("counters ").append(platform.counters().snapshot());
    for (Fleet one : fleet) {
      List<String> stored = storedIds(app, one);
      text.append("; robot ")
          .append(one.robotId())
          .append(" said ")
          .append(one.said().size())
          .append(", stored ")
          .append(stored.size())
          .append(", missing ")
          .append(
              one.said().keySet().stream().filter(id -> !stored.contains(id)).limit(5).toList());
    }
    return text.append("; broker log: ").append(broker.logTail()).toString();
  }

  private static void waitUntil(BooleanSupplier condition, String what) {
    waitUntil(condition, () -> what);
  }

  private static void waitUntil(BooleanSupplier condition, Supplier<String> what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what.get());
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
