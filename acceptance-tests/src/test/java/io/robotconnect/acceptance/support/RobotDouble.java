package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.domain.robot.RobotId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Stands in for the robots: listens on the application's MQTT broker for the commands and phrase
 * lists the cloud sends to any robot ({@code <root>/<environment>/<endpoint>/<robot uuid>}).
 */
public class RobotDouble implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message a robot received: its topic and JSON envelope. */
  public record Received(String topic, JsonNode envelope) {
    public String robotId() {
      return topic.substring(topic.lastIndexOf('/') + 1);
    }

    public JsonNode payload() {
      return envelope.path("payload");
    }
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private MqttClient client;

  private synchronized MqttClient client() {
    if (client == null) {
      String url = TestApplication.mqttUrl();
      RobotTopics topics = TestApplication.robotTopics();
      try {
        client = new MqttClient(url, "robot-double-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.subscribe(
            new String[] {
              topics.allRobots(RobotTopics.COMMAND), topics.allRobots(RobotTopics.VOICE_COMMANDS)
            },
            new int[] {1, 1},
            new org.eclipse.paho.client.mqttv3.IMqttMessageListener[] {this::keep, this::keep});
      } catch (MqttException e) {
        throw new IllegalStateException("the robot double cannot reach the broker at " + url, e);
      }
    }
    return client;
  }

  /** Starts listening now, so that nothing sent from here on is missed. */
  public void listen() {
    client();
  }

  private synchronized void keep(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message)
      throws IOException {
    received.add(
        new Received(
            topic, JSON.readTree(new String(message.getPayload(), StandardCharsets.UTF_8))));
    notifyAll();
  }

  /** The first received command with this action id, waiting up to {@code deadline}. */
  public Received commandWithActionId(String actionId, Duration deadline) {
    return waitFor(
        r ->
            r.topic().contains("/command/")
                && actionId.equals(r.envelope().path("action_id").asText()),
        deadline,
        "a command with action id " + actionId);
  }

  /** Publishes what a robot does when it hears one of its owner's phrases. */
  public void hears(String robotId, String triggerIdentity, String phrase) {
    com.fasterxml.jackson.databind.node.ObjectNode envelope =
        JSON.createObjectNode()
            .put("api_version", "1")
            .put("message_id", UUID.randomUUID().toString())
            .put("robot_id", robotId)
            .put("message_timestamp", System.currentTimeMillis() / 1000.0)
            .put("message_origin", "robot");
    com.fasterxml.jackson.databind.node.ObjectNode params =
        envelope
            .putObject("payload")
            .put("name", "ifttt_trigger")
            .putObject("params")
            .put("trigger_identity", triggerIdentity);
    params.putObject("trigger_fields").put("voice_command", phrase);
    try {
      client()
          .publish(
              TestApplication.robotTopics().of(RobotTopics.TRIGGERS, RobotId.of(robotId)),
              JSON.writeValueAsBytes(envelope),
              1,
              false);
    } catch (MqttException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the robot double cannot publish", e);
    }
  }

  /** The first command received by this robot since listening began, waiting up to the deadline. */
  public Received commandToRobot(String robotId, Duration deadline) {
    return waitFor(
        r -> r.topic().contains("/command/") && r.robotId().equals(robotId),
        deadline,
        "a command for robot " + robotId);
  }

  /** Waits until the latest phrase list some robot received satisfies the condition. */
  public Received phraseListWhere(Predicate<List<String>> phrases, Duration deadline, String what) {
    return waitFor(
        r ->
            r.topic().contains("/ifttt_voice_commands/")
                && isLatestOfItsRobot(r)
                && phrases.test(phrasesIn(r)),
        deadline,
        "a phrase list " + what);
  }

  private boolean isLatestOfItsRobot(Received candidate) {
    Received latest = null;
    for (Received r : received) {
      if (r.topic().equals(candidate.topic())) {
        latest = r;
      }
    }
    return latest == candidate;
  }

  public static List<String> phrasesIn(Received phraseList) {
    List<String> phrases = new java.util.ArrayList<>();
    phraseList
        .payload()
        .path("params")
        .path("voice_commands")
        .forEach(entry -> phrases.add(entry.path("voice_command").asText()));
    return phrases;
  }

  /** Waits a little for the application to act (messages arriving end the wait early). */
  public synchronized void pause(Duration duration) {
    try {
      wait(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Received waitFor(Predicate<Received> wanted, Duration deadline, String what) {
    client();
    Instant giveUp = Instant.now().plus(deadline);
    while (true) {
      Optional<Received> match = received.stream().filter(wanted).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(
            "no robot received " + what + " within " + deadline + "; received: " + received);
      }
      synchronized (this) {
        try {
          wait(Math.max(1, Duration.between(Instant.now(), giveUp).toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      try {
        client.disconnect();
        client.close();
      } catch (MqttException e) {
        // the scenario is over; a broken connection to the broker changes nothing
      }
      client = null;
    }
  }
}
