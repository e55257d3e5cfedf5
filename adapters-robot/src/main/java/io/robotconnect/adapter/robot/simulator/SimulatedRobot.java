package io.robotconnect.adapter.robot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.adapter.robot.Envelope;
import io.robotconnect.adapter.robot.EnvelopeCodec;
import io.robotconnect.adapter.robot.MqttConnection;
import io.robotconnect.adapter.robot.MqttSettings;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A robot that lives only in software: it connects to the broker as a robot, answers commands by
 * logging what it would do, keeps the phrase list the cloud sends it, and can "hear" a phrase and
 * report the matching trigger. Like a real robot it keeps every message until the broker has
 * acknowledged it, and sends what is left again when the broker is back.
 */
public final class SimulatedRobot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedRobot.class);

  private final RobotId id;
  private final RobotTopics topics;
  private final List<Place> places;
  private final String brokerUrl;
  private final String clientId;
  private final EnvelopeCodec codec = new EnvelopeCodec();
  private final Clock clock = Clock.systemUTC();
  private final MqttConnection connection;
  private final Set<Unacknowledged> unacknowledged = ConcurrentHashMap.newKeySet();
  private final List<ReceivedCommand> commands = new CopyOnWriteArrayList<>();
  private volatile List<VoiceCommandPhrase> phrases = List.of();

  /** A message the broker has not acknowledged yet; sent again after every reconnect. */
  private static final class Unacknowledged {
    private final String topic;
    private final byte[] bytes;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();

    Unacknowledged(String topic, byte[] bytes) {
      this.topic = topic;
      this.bytes = bytes;
    }
  }

  public SimulatedRobot(String brokerUrl, RobotTopics topics, RobotId id, List<Place> places) {
    this.id = id;
    this.topics = topics;
    this.places = List.copyOf(places);
    this.brokerUrl = brokerUrl;
    this.clientId = "robot-" + id;
    this.connection = new MqttConnection(MqttSettings.of(brokerUrl, topics, clientId));
    connection.onMessage(
        (topic, message, ack) -> {
          onMessage(topic, message);
          ack.run();
        });
    connection.subscribe(topics.of(RobotTopics.COMMAND, id));
    connection.subscribe(topics.of(RobotTopics.VOICE_COMMANDS, id));
    connection.onConnected(() -> unacknowledged.forEach(this::send));
  }

  /** The client id the robot's persistent MQTT session is kept under. */
  public String clientId() {
    return clientId;
  }

  public RobotId id() {
    return id;
  }

  /** Connects and subscribes to its command and phrase-list topics; waits until subscribed. */
  public SimulatedRobot start() {
    connection.start();
    if (!connection.awaitReady(Duration.ofSeconds(15))) {
      connection.close();
      throw new IllegalStateException(
          "simulated robot " + id + " cannot reach the broker " + brokerUrl);
    }
    return this;
  }

  public boolean isConnected() {
    return connection.isConnected();
  }

  /** How many messages the broker has not acknowledged yet (kept and sent again). */
  public int unacknowledged() {
    return unacknowledged.size();
  }

  /** Every command received so far, oldest first. */
  public List<ReceivedCommand> commands() {
    return List.copyOf(commands);
  }

  /** The latest phrase list the cloud sent. */
  public List<VoiceCommandPhrase> phrases() {
    return phrases;
  }

  /**
   * The owner says something: when it matches a phrase of the list, report the trigger and return
   * its message id.
   */
  public Optional<String> hear(String spoken) {
    String heard = normalise(spoken);
    for (VoiceCommandPhrase phrase : phrases) {
      if (normalise(phrase.voiceCommand()).equals(heard)) {
        String messageId = UUID.randomUUID().toString();
        reportTrigger(phrase.triggerIdentity(), phrase.voiceCommand(), messageId);
        LOG.info("robot {}: heard \"{}\" → trigger {}", id, spoken, phrase.triggerIdentity());
        return Optional.of(messageId);
      }
    }
    LOG.info("robot {}: heard \"{}\", which no Applet listens for", id, spoken);
    return Optional.empty();
  }

  /**
   * Publishes an {@code ifttt_trigger} with the given message id. The robot keeps the message until
   * the broker acknowledges it, sending it again after every reconnect; the result completes then.
   */
  public CompletableFuture<Void> reportTrigger(
      String triggerIdentity, String voiceCommand, String messageId) {
    ObjectNode payload = codec.json().createObjectNode().put("name", "ifttt_trigger");
    ObjectNode params = payload.putObject("params").put("trigger_identity", triggerIdentity);
    params.putObject("trigger_fields").put("voice_command", voiceCommand);
    Envelope envelope =
        new Envelope(
            Envelope.API_VERSION,
            messageId,
            id.toString(),
            clock.instant(),
            Envelope.ROBOT,
            payload,
            Optional.empty());
    Unacknowledged message =
        new Unacknowledged(topics.of(RobotTopics.TRIGGERS, id), codec.write(envelope));
    unacknowledged.add(message);
    send(message);
    return message.acknowledged.thenApply(done -> done);
  }

  /** Publishes raw bytes on its trigger topic once (for tests of malformed input). */
  public void publishRaw(byte[] bytes) {
    connection.publishLater(topics.of(RobotTopics.TRIGGERS, id), bytes);
  }

  private void send(Unacknowledged message) {
    connection
        .send(message.topic, message.bytes)
        .whenComplete(
            (done, failure) -> {
              if (failure == null && unacknowledged.remove(message)) {
                message.acknowledged.complete(null);
              }
            });
  }

  private void onCommand(Envelope envelope) {
    JsonNode payload = envelope.payload();
    String name = payload.path("name").asText("");
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = payload.path("params").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      params.put(param.getKey(), param.getValue().asText());
    }
    Optional<String> place =
        Optional.ofNullable(params.get("waypoint_uuid"))
            .flatMap(
                waypoint ->
                    places.stream()
                        .filter(p -> p.waypointUuid().toString().equals(waypoint))
                        .map(Place::name)
                        .findFirst());
    commands.add(
        new ReceivedCommand(name, envelope.actionId().orElse(""), Map.copyOf(params), place));
    switch (name) {
      case "ifttt_animation_command" ->
          LOG.info("robot {}: playing animation {}", id, params.get("action_id"));
      case "ifttt_move_command" ->
          LOG.info(
              "robot {}: driving to {}{}",
              id,
              place.orElse("unknown waypoint " + params.get("waypoint_uuid")),
              params.containsKey("action_id") ? ", then playing " + params.get("action_id") : "");
      case "ifttt_dock_command" -> LOG.info("robot {}: going back to the charger", id);
      default -> LOG.warn("robot {}: does not know command '{}'", id, name);
    }
  }

  private void onPhraseList(Envelope envelope) {
    List<VoiceCommandPhrase> list = new ArrayList<>();
    for (JsonNode entry : envelope.payload().path("params").path("voice_commands")) {
      list.add(
          new VoiceCommandPhrase(
              entry.path("trigger_identity").asText(), entry.path("voice_command").asText()));
    }
    phrases = List.copyOf(list);
    LOG.info(
        "robot {}: now listening for {}",
        id,
        list.stream().map(VoiceCommandPhrase::voiceCommand).toList());
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    connection.close();
  }

  private void onMessage(String topic, MqttMessage message) {
    try {
      Envelope envelope = codec.read(message.getPayload());
      if (envelope.isFrom(Envelope.ROBOT)) {
        return;
      }
      if (topic.equals(topics.of(RobotTopics.COMMAND, id))) {
        onCommand(envelope);
      } else if (topic.equals(topics.of(RobotTopics.VOICE_COMMANDS, id))) {
        onPhraseList(envelope);
      }
    } catch (RuntimeException e) {
      LOG.warn("robot {}: ignored a bad message on {}: {}", id, topic, e.getMessage());
    }
  }

  /**
   * Runs a simulated robot until stdin closes. Arguments: {@code broker-url robot-uuid
   * [place=waypoint-uuid ...]}; environment {@code ROBOTCONNECT_MQTT_TOPIC_ROOT} and {@code
   * ROBOTCONNECT_ENVIRONMENT} as for the platform. Type a phrase to say it.
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      LOG.error("usage: SimulatedRobot <broker-url> <robot-uuid> [place-name=waypoint-uuid ...]");
      System.exit(2);
    }
    List<Place> places = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      places.add(new Place(UUID.fromString(pair[1]), pair[0]));
    }
    RobotTopics topics =
        new RobotTopics(
            envOr("ROBOTCONNECT_MQTT_TOPIC_ROOT", "robots"),
            envOr("ROBOTCONNECT_ENVIRONMENT", "develop"));
    try (SimulatedRobot robot =
            new SimulatedRobot(args[0], topics, RobotId.of(args[1]), places).start();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      LOG.info("robot {} is up; type a phrase to say it", robot.id());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          robot.hear(line);
        }
      }
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
