package io.robotconnect.adapter.robot;

import static io.robotconnect.adapter.robot.WaitUntil.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of every message the platform and the simulated robot publish, as robots and the
 * owner's app read them: field names, field order, number format and escaping. Only the random
 * message ids are replaced by {@code ID} before comparing; the platform's clock is fixed.
 * Characters outside the Basic Multilingual Plane go out as escaped surrogate pairs.
 */
class WireFormatTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Instant NOW = Instant.parse("2024-05-06T07:08:09.123456789Z");
  private static final String STAMP = "1714979289.123";
  private static final Place KITCHEN =
      new Place(UUID.fromString("6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f"), "Kitchen");
  private static final String GONE = "ti-gone";

  private static TestBroker broker;
  private final RobotId robotId = new RobotId(UUID.randomUUID());
  private final String robot = robotId.toString();
  private final RobotTopics topics = TestBroker.freshTopics();
  private final String fleetClientId = "cloud-" + UUID.randomUUID();
  private final Map<String, List<String>> seen = new ConcurrentHashMap<>();
  private final RecordVoiceCommandUseCase voiceCommands =
      commands ->
          commands.stream()
              .map(
                  c ->
                      GONE.equals(c.triggerIdentity())
                          ? VoiceCommandOutcome.DELETED_IDENTITY
                          : VoiceCommandOutcome.RECORDED)
              .toList();
  private MqttClient listener;
  private RobotAdapter.Provided fleet;

  @BeforeAll
  static void startBroker() {
    broker = TestBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    listener = new MqttClient(broker.url(), "wire-" + UUID.randomUUID(), new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    listener.connect(options);
    for (String endpoint :
        List.of(
            RobotTopics.COMMAND,
            RobotTopics.VOICE_COMMANDS,
            RobotTopics.APP_EVENTS,
            RobotTopics.TRIGGERS)) {
      listener.subscribe(
          topics.allRobots(endpoint),
          1,
          (topic, message) ->
              seen.computeIfAbsent(endpoint, e -> new CopyOnWriteArrayList<>())
                  .add(new String(message.getPayload(), StandardCharsets.UTF_8)));
    }
    fleet =
        TestWiring.startFleet(
            broker.url(),
            topics,
            fleetClientId,
            voiceCommands,
            Clock.fixed(NOW, ZoneOffset.UTC),
            1);
    waitUntil(WAIT, fleet.fleetStatus()::isConnected, "the platform to connect");
  }

  @AfterEach
  void tearDown() throws Exception {
    fleet.closeable().close();
    listener.disconnect();
    listener.close();
    broker.endSessions(fleetClientId);
  }

  @Test
  void commandsAndTheirAppEvents_areWrittenAsBefore() {
    String giggle =
        fleet
            .robotCommands()
            .send(
                new RobotCommand.PlayAnimation(
                    robotId, AnimationCatalogue.byId("giggle").orElseThrow()));
    String move =
        fleet.robotCommands().send(new RobotCommand.MoveTo(robotId, KITCHEN, Optional.empty()));
    String moveAndJoke =
        fleet
            .robotCommands()
            .send(new RobotCommand.MoveTo(robotId, KITCHEN, AnimationCatalogue.byId("joke")));
    String dock = fleet.robotCommands().send(new RobotCommand.Dock(robotId));

    assertThat(messages(RobotTopics.COMMAND, 4))
        .containsExactly(
            cloud(
                "{\"name\":\"ifttt_animation_command\",\"params\":{\"action_id\":\"giggle\"}}",
                giggle),
            cloud(
                "{\"name\":\"ifttt_move_command\",\"params\":"
                    + "{\"waypoint_uuid\":\"6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f\"}}",
                move),
            cloud(
                "{\"name\":\"ifttt_move_command\",\"params\":"
                    + "{\"waypoint_uuid\":\"6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f\","
                    + "\"action_id\":\"joke\"}}",
                moveAndJoke),
            cloud("{\"name\":\"ifttt_dock_command\",\"params\":{}}", dock));
    assertThat(messages(RobotTopics.APP_EVENTS, 4))
        .containsExactlyInAnyOrder(
            cloud(
                "{\"event\":\"ifttt_action\",\"action_fields\":"
                    + "[{\"name\":\"action\",\"value\":\"giggle\"}]}",
                giggle),
            cloud(
                "{\"event\":\"ifttt_action\",\"action_fields\":"
                    + "[{\"name\":\"place\",\"value\":\"Kitchen\"}]}",
                move),
            cloud(
                "{\"event\":\"ifttt_action\",\"action_fields\":"
                    + "[{\"name\":\"place\",\"value\":\"Kitchen\"},"
                    + "{\"name\":\"action\",\"value\":\"joke\"}]}",
                moveAndJoke),
            cloud("{\"event\":\"ifttt_action\",\"action_fields\":[]}", dock));
  }

  @Test
  void aPhraseList_isWrittenAsBefore_escapesIncluded() {
    fleet
        .phraseLists()
        .listenFor(
            robotId,
            List.of(
                new VoiceCommandPhrase("ti-1", "lights on"),
                new VoiceCommandPhrase("ti-2", "say \"hi\" \\ \u0001€ 😀")));

    assertThat(messages(RobotTopics.VOICE_COMMANDS, 1))
        .containsExactly(
            cloud(
                "{\"name\":\"ifttt_voice_commands\",\"params\":{\"voice_commands\":["
                    + "{\"trigger_identity\":\"ti-1\",\"voice_command\":\"lights on\"},"
                    + "{\"trigger_identity\":\"ti-2\","
                    + "\"voice_command\":\"say \\\"hi\\\" \\\\ \\u0001€ \\uD83D\\uDE00\"}]}}",
                null));
  }

  @Test
  void anEmptyPhraseList_isWrittenAsBefore() {
    fleet.phraseLists().listenFor(robotId, List.of());

    assertThat(messages(RobotTopics.VOICE_COMMANDS, 1))
        .containsExactly(
            cloud("{\"name\":\"ifttt_voice_commands\",\"params\":{\"voice_commands\":[]}}", null));
  }

  @Test
  void theRobotsTrigger_andTheAppEventsItCauses_areWrittenAsBefore() {
    try (SimulatedRobot simulated =
        new SimulatedRobot(TestWiring.link(broker.url(), topics), robotId, List.of()).start()) {
      simulated.reportTrigger("ti-1", "lights \"on\"", "m-1");
      simulated.reportTrigger(GONE, "old phrase", "m-2");

      assertThat(
              messages(RobotTopics.TRIGGERS, 2).stream()
                  .map(m -> m.replaceFirst("\"message_timestamp\":\\d+\\.\\d{3},", "\"TS\","))
                  .toList())
          .containsExactly(
              "{\"api_version\":\"1\",\"message_id\":\"m-1\",\"robot_id\":\""
                  + robot
                  + "\",\"TS\",\"message_origin\":\"robot\",\"payload\":{\"name\":"
                  + "\"ifttt_trigger\",\"params\":{\"trigger_identity\":\"ti-1\","
                  + "\"trigger_fields\":{\"voice_command\":\"lights \\\"on\\\"\"}}}}",
              "{\"api_version\":\"1\",\"message_id\":\"m-2\",\"robot_id\":\""
                  + robot
                  + "\",\"TS\",\"message_origin\":\"robot\",\"payload\":{\"name\":"
                  + "\"ifttt_trigger\",\"params\":{\"trigger_identity\":\"ti-gone\","
                  + "\"trigger_fields\":{\"voice_command\":\"old phrase\"}}}}");
      assertThat(messages(RobotTopics.APP_EVENTS, 2))
          .containsExactlyInAnyOrder(
              cloud(
                  "{\"event\":\"ifttt_trigger\",\"trigger_fields\":"
                      + "[{\"name\":\"voice_command\",\"value\":\"lights \\\"on\\\"\"}]}",
                  "m-1"),
              cloud(
                  "{\"event\":\"ifttt_error\",\"error\":\"The phrase you said is not linked to"
                      + " one of your Applets any more.\"}",
                  null));
    } finally {
      broker.endSessions("robot-" + robotId);
    }
  }

  @Test
  void theTimestamp_hasThreeDecimals_evenOnAWholeSecond() {
    Envelope<Map<String, String>> envelope =
        new Envelope<>(
            Envelope.API_VERSION,
            "m-1",
            robot,
            Instant.parse("2024-05-06T07:08:09Z"),
            Envelope.CLOUD,
            Map.of("name", "x"),
            Optional.of("a-1"));

    assertThat(
            new String(
                new EnvelopeCodec(TestWiring.json()).write(envelope), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"api_version\":\"1\",\"message_id\":\"m-1\",\"robot_id\":\""
                + robot
                + "\",\"message_timestamp\":1714979289.000,\"message_origin\":\"cloud\","
                + "\"payload\":{\"name\":\"x\"},\"action_id\":\"a-1\"}");
  }

  /** A message of the platform as published now, its message id replaced by {@code ID}. */
  private String cloud(String payload, String actionId) {
    return "{\"api_version\":\"1\",\"message_id\":\"ID\",\"robot_id\":\""
        + robot
        + "\",\"message_timestamp\":"
        + STAMP
        + ",\"message_origin\":\"cloud\",\"payload\":"
        + payload
        + (actionId == null ? "" : ",\"action_id\":\"" + actionId + "\"")
        + "}";
  }

  private List<String> messages(String endpoint, int count) {
    waitUntil(
        WAIT,
        () -> seen.getOrDefault(endpoint, List.of()).size() >= count,
        count + " messages on " + endpoint);
    return seen.get(endpoint).stream()
        .map(m -> m.replaceFirst("\"message_id\":\"[0-9a-f-]{36}\"", "\"message_id\":\"ID\""))
        .toList();
  }
}
