package io.robotconnect.adapter.robot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.resilience4j.core.IntervalFunction;
import io.robotconnect.adapter.robot.Envelope;
import io.robotconnect.adapter.robot.EnvelopeCodec;
import io.robotconnect.adapter.robot.MqttConnection;
import io.robotconnect.adapter.robot.MqttSettings;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * acknowledged it, and sends what is left again when the broker is back. It writes and reads the
 * messages with records of its own, as a robot would, so that it checks the platform's side of the
 * protocol instead of sharing it.
 */
public final class SimulatedRobot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedRobot.class);
  private static final String TRIGGER = "ifttt_trigger";

  /**
   * How a simulated robot reaches the fleet's broker.
   *
   * @param json the JSON mapper it writes and reads its messages with
   * @param reconnectDelays the delay before the n-th attempt in a row to reach the broker
   */
  public record Link(
      String brokerUrl, RobotTopics topics, ObjectMapper json, IntervalFunction reconnectDelays) {
    public Link {
      Objects.requireNonNull(brokerUrl, "brokerUrl");
      Objects.requireNonNull(topics, "topics");
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(reconnectDelays, "reconnectDelays");
    }
  }

  /** The {@code ifttt_trigger} payload a robot sends when it hears a phrase. */
  record TriggerReport(String name, TriggerParams params) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record TriggerParams(String triggerIdentity, Map<String, String> triggerFields) {}

  /** A command payload as a robot reads it: its name and its parameters as text. */
  record Command(String name, Map<String, String> params) {}

  /** The {@code ifttt_voice_commands} payload as a robot reads it. */
  record PhraseList(PhraseListParams params) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record PhraseListParams(List<Phrase> voiceCommands) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Phrase(String triggerIdentity, String voiceCommand) {}

  private final RobotId id;
  private final RobotTopics topics;
  private final List<Place> places;
  private final String brokerUrl;
  private final String clientId;
  private final EnvelopeCodec codec;
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

  public SimulatedRobot(Link link, RobotId id, List<Place> places) {
    this.id = id;
    this.topics = link.topics();
    this.places = List.copyOf(places);
    this.brokerUrl = link.brokerUrl();
    this.clientId = "robot-" + id;
    this.codec = new EnvelopeCodec(link.json());
    this.connection =
        new MqttConnection(MqttSettings.of(brokerUrl, topics, clientId), link.reconnectDelays());
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
    TriggerReport payload =
        new TriggerReport(
            TRIGGER, new TriggerParams(triggerIdentity, Map.of("voice_command", voiceCommand)));
    Envelope<TriggerReport> envelope =
        new Envelope<>(
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

  private void onCommand(Envelope<JsonNode> envelope) {
    Command command = codec.payload(envelope, Command.class);
    String name = command.name() == null ? "" : command.name();
    Map<String, String> params = command.params() == null ? Map.of() : command.params();
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

  private void onPhraseList(Envelope<JsonNode> envelope) {
    PhraseList received = codec.payload(envelope, PhraseList.class);
    List<VoiceCommandPhrase> list =
        received.params() == null || received.params().voiceCommands() == null
            ? List.of()
            : received.params().voiceCommands().stream()
                .map(p -> new VoiceCommandPhrase(p.triggerIdentity(), p.voiceCommand()))
                .toList();
    phrases = list;
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
      Envelope<JsonNode> envelope = codec.read(message.getPayload());
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
}
