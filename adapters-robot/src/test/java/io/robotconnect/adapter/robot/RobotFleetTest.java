package io.robotconnect.adapter.robot;

import static io.robotconnect.adapter.robot.WaitUntil.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.robot.simulator.ReceivedCommand;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotFleetTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Place KITCHEN = new Place(UUID.randomUUID(), "Kitchen");

  private final RecordingVoiceCommands voiceCommands = new RecordingVoiceCommands();
  private final RobotId robotId = new RobotId(UUID.randomUUID());
  private final RobotTopics topics = TestBroker.freshTopics();
  private final String fleetClientId = "cloud-" + UUID.randomUUID();
  private static TestBroker broker;
  private RobotAdapter.Provided fleet;
  private SimulatedRobot robot;

  @BeforeAll
  static void startBroker() {
    broker = TestBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void setUp() {
    fleet = startFleet(broker.url());
    waitUntil(WAIT, fleet.fleetStatus()::isConnected, "the platform to connect");
    robot = simulatedRobot(robotId, List.of(KITCHEN)).start();
  }

  private RobotAdapter.Provided startFleet(String url) {
    return TestWiring.startFleet(url, topics, fleetClientId, voiceCommands, Clock.systemUTC(), 2);
  }

  private SimulatedRobot simulatedRobot(RobotId id, List<Place> places) {
    return new SimulatedRobot(TestWiring.link(broker.url(), topics), id, places);
  }

  @AfterEach
  void tearDown() throws Exception {
    robot.close();
    fleet.closeable().close();
    broker.endSessions(fleetClientId, robot.clientId());
  }

  private ReceivedCommand onlyCommand() {
    waitUntil(WAIT, () -> !robot.commands().isEmpty(), "a command at the robot");
    return robot.commands().get(0);
  }

  @Test
  void anAnimationCommand_reachesTheRobot_underTheReturnedActionId() {
    String actionId =
        fleet
            .robotCommands()
            .send(
                new RobotCommand.PlayAnimation(
                    robotId, AnimationCatalogue.byId("giggle").orElseThrow()));

    ReceivedCommand command = onlyCommand();
    assertThat(command.name()).isEqualTo("ifttt_animation_command");
    assertThat(command.params()).containsEntry("action_id", "giggle");
    assertThat(command.actionId()).isEqualTo(actionId);
    assertThat(UUID.fromString(actionId)).isNotNull();
  }

  @Test
  void aMoveCommand_carriesTheWaypoint_andNoActionIdWithoutAnAnimation() {
    fleet.robotCommands().send(new RobotCommand.MoveTo(robotId, KITCHEN, Optional.empty()));

    ReceivedCommand command = onlyCommand();
    assertThat(command.name()).isEqualTo("ifttt_move_command");
    assertThat(command.params())
        .containsEntry("waypoint_uuid", KITCHEN.waypointUuid().toString())
        .doesNotContainKey("action_id");
    assertThat(command.placeName()).contains("Kitchen");
  }

  @Test
  void aMoveCommandWithAnAnimation_carriesTheAnimationAsActionId() {
    fleet
        .robotCommands()
        .send(new RobotCommand.MoveTo(robotId, KITCHEN, AnimationCatalogue.byId("joke")));

    assertThat(onlyCommand().params())
        .containsEntry("waypoint_uuid", KITCHEN.waypointUuid().toString())
        .containsEntry("action_id", "joke");
  }

  @Test
  void aDockCommand_reachesTheRobot() {
    fleet.robotCommands().send(new RobotCommand.Dock(robotId));

    assertThat(onlyCommand().name()).isEqualTo("ifttt_dock_command");
  }

  @Test
  void anUnreachableBroker_makesSendFailWithTheTransportException() throws Exception {
    RobotAdapter.Provided offline = startFleet("tcp://127.0.0.1:" + TestBroker.freePort());
    try (AutoCloseable stop = offline.closeable()) {
      assertThatThrownBy(() -> offline.robotCommands().send(new RobotCommand.Dock(robotId)))
          .isInstanceOf(RobotTransportUnavailableException.class);
    }
  }

  @Test
  void theRobotReceivesThePhraseList_andARobotThatWasOfflineGetsItWhenItReturns() {
    RobotId sleeper = new RobotId(UUID.randomUUID());
    List<VoiceCommandPhrase> phrases =
        List.of(
            new VoiceCommandPhrase("ti-1", "lights on"),
            new VoiceCommandPhrase("ti-2", "find my phone"));

    fleet.phraseLists().listenFor(robotId, phrases);
    fleet.phraseLists().listenFor(sleeper, phrases);

    waitUntil(WAIT, () -> robot.phrases().equals(phrases), "the phrase list at the robot");
    SimulatedRobot late = simulatedRobot(sleeper, List.of());
    try (late) {
      late.start();
      waitUntil(WAIT, () -> late.phrases().equals(phrases), "the list at the returning robot");
    } finally {
      broker.endSessions(late.clientId());
    }
  }

  @Test
  void anOwnerWithManyLongPhrases_getsTheNewestThatFit_andTheLinkStaysUpForOtherRobots() {
    // 400 phrases of ~850 bytes each (control characters are escaped to six bytes): ~340 kB,
    // more than the embedded broker's 256 kB packet limit
    List<VoiceCommandPhrase> phrases =
        IntStream.range(0, 2 * RobotPhraseListPort.MAX_PHRASES)
            .mapToObj(
                i ->
                    new VoiceCommandPhrase(
                        String.format("%03d-", i) + "i".repeat(TriggerIdentity.MAX_ID_LENGTH - 4),
                        "\u0001€".repeat(VoiceCommandTrigger.MAX_PHRASE_LENGTH / 2)))
            .toList();
    RobotId otherId = new RobotId(UUID.randomUUID());
    SimulatedRobot other = simulatedRobot(otherId, List.of()).start();
    try (other) {
      fleet.phraseLists().listenFor(robotId, phrases);

      waitUntil(WAIT, () -> !robot.phrases().isEmpty(), "the phrase list at the robot");
      List<VoiceCommandPhrase> received = robot.phrases();
      assertThat(received.size()).isBetween(1, RobotPhraseListPort.MAX_PHRASES - 1);
      assertThat(received)
          .as("the newest phrases, in order")
          .isEqualTo(phrases.subList(phrases.size() - received.size(), phrases.size()));
      assertThat(fleet.fleetStatus().isConnected()).isTrue();

      fleet.robotCommands().send(new RobotCommand.Dock(otherId));
      waitUntil(WAIT, () -> !other.commands().isEmpty(), "a command at the other robot");
      assertThat(fleet.fleetStatus().isConnected()).isTrue();
    } finally {
      broker.endSessions(other.clientId());
    }
  }

  @Test
  void aHeardPhrase_isRecordedForTheRobot() {
    fleet.phraseLists().listenFor(robotId, List.of(new VoiceCommandPhrase("ti-1", "Lights on")));
    waitUntil(WAIT, () -> !robot.phrases().isEmpty(), "the phrase list");

    String messageId = robot.hear("lights   ON").orElseThrow();

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey(messageId), "the recorded trigger");
    var command = voiceCommands.stored.get(messageId);
    assertThat(command.robot()).isEqualTo(robotId);
    assertThat(command.triggerIdentity()).isEqualTo("ti-1");
    assertThat(command.triggerFields()).containsEntry("voice_command", "Lights on");
  }

  @Test
  void aMessageSentTwice_isProcessedOnce() {
    robot.reportTrigger("ti-1", "lights on", "m-1");
    robot.reportTrigger("ti-1", "lights on", "m-1");
    robot.reportTrigger("ti-1", "lights on", "m-2");

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey("m-2"), "the last trigger");
    waitUntil(WAIT, () -> fleet.fleetStatus().counters().received() == 3, "all three messages");
    waitUntil(
        WAIT,
        () -> fleet.fleetStatus().counters().duplicates() == 1,
        "the duplicate to be counted");
    assertThat(voiceCommands.stored).hasSize(2);
  }

  @Test
  void malformedAndUnknownMessages_areCounted_andTheConsumerGoesOn() {
    robot.publishRaw("not json".getBytes(StandardCharsets.UTF_8));
    robot.publishRaw("{\"message_id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    robot.publishRaw(
        ("{\"message_id\":\"y\",\"message_origin\":\"robot\",\"payload\":{\"name\":\"dance\"}}")
            .getBytes(StandardCharsets.UTF_8));
    robot.publishRaw(
        ("{\"message_id\":\"z\",\"message_origin\":\"robot\",\"payload\":{\"name\":"
                + "\"ifttt_trigger\",\"params\":{}}}")
            .getBytes(StandardCharsets.UTF_8));
    robot.reportTrigger("ti-1", "lights on", "after-the-garbage");

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey("after-the-garbage"), "a good one");
    // counted as they are handled; on a shared broker the garbage may arrive after the good one
    waitUntil(WAIT, () -> fleet.fleetStatus().counters().malformed() == 3, "three malformed");
    waitUntil(WAIT, () -> fleet.fleetStatus().counters().unknown() == 1, "one unknown");
    assertThat(voiceCommands.stored).containsOnlyKeys("after-the-garbage");
  }

  @Test
  void messagesOverTheParserLimits_areCountedMalformed_andTheConsumerGoesOn() {
    robot.publishRaw(
        "{\"message_id\":\"d\",\"message_id\":\"d\",\"payload\":{}}"
            .getBytes(StandardCharsets.UTF_8));
    robot.publishRaw(
        ("{\"message_id\":\"n\",\"payload\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}")
            .getBytes(StandardCharsets.UTF_8));
    robot.reportTrigger("ti-1", "lights on", "within-the-limits");

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey("within-the-limits"), "a good one");
    waitUntil(WAIT, () -> fleet.fleetStatus().counters().malformed() == 2, "two malformed");
    assertThat(voiceCommands.stored).containsOnlyKeys("within-the-limits");
  }

  @Test
  void ourOwnEchoes_areIgnored() {
    robot.publishRaw(
        ("{\"message_id\":\"e\",\"message_origin\":\"cloud\",\"payload\":{\"name\":"
                + "\"ifttt_trigger\",\"params\":{\"trigger_identity\":\"ti-1\"}}}")
            .getBytes(StandardCharsets.UTF_8));
    robot.reportTrigger("ti-1", "lights on", "real");

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey("real"), "the real trigger");
    waitUntil(WAIT, () -> fleet.fleetStatus().counters().echoes() == 1, "the echo to be counted");
    assertThat(voiceCommands.calls).extracting(c -> c.messageId()).containsExactly("real");
  }

  @Test
  void aStoreOutage_delaysTheEvent_butLosesNothing() {
    voiceCommands.failuresToCome.set(3);

    robot.reportTrigger("ti-1", "lights on", "m-1");

    waitUntil(WAIT, () -> voiceCommands.stored.containsKey("m-1"), "the event after the outage");
    assertThat(voiceCommands.calls).hasSize(4);
  }

  @Test
  void aStoreThatStaysDown_isRetriedUntilShutdown_andThenNoMore() throws Exception {
    voiceCommands.failuresToCome.set(Integer.MAX_VALUE);
    robot.reportTrigger("ti-1", "lights on", "m-1");
    waitUntil(WAIT, () -> voiceCommands.calls.size() >= 3, "a few attempts to record");

    long closing = System.nanoTime();
    fleet.closeable().close();

    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(10));
    int attempts = voiceCommands.calls.size();
    LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
    assertThat(voiceCommands.calls).hasSize(attempts);
    assertThat(voiceCommands.stored).isEmpty();
  }

  @Test
  void theOwnersApp_seesTriggersAndActions() throws Exception {
    List<JsonNode> seen = new CopyOnWriteArrayList<>();
    ObjectMapper json = new ObjectMapper();
    MqttClient app =
        new MqttClient(broker.url(), "app-" + UUID.randomUUID(), new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    app.connect(options);
    try {
      app.subscribe(
          topics.of(RobotTopics.APP_EVENTS, robotId),
          1,
          (topic, message) -> seen.add(json.readTree(message.getPayload())));

      robot.reportTrigger("ti-1", "lights on", "m-1");
      String actionId = fleet.robotCommands().send(new RobotCommand.Dock(robotId));

      waitUntil(WAIT, () -> seen.size() == 2, "two app events");
      assertThat(seen)
          .anySatisfy(
              e -> {
                assertThat(e.path("payload").path("event").asText()).isEqualTo("ifttt_trigger");
                assertThat(e.path("payload").path("trigger_fields").toString())
                    .contains("lights on");
              })
          .anySatisfy(
              e -> {
                assertThat(e.path("payload").path("event").asText()).isEqualTo("ifttt_action");
                assertThat(e.path("action_id").asText()).isEqualTo(actionId);
                assertThat(e.path("message_origin").asText()).isEqualTo("cloud");
              });
    } finally {
      app.disconnect();
      app.close();
    }
  }
}
