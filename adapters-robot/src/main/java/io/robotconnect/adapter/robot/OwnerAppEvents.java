package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.robot.RobotId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the owner's app what the platform did with a robot (a trigger the robot reported, a command
 * it was sent, an error; the {@code ifttt_event} messages of the robots' protocol), for its live
 * view. Best effort: the app is a spectator, so these messages are not retried.
 */
final class OwnerAppEvents {
  private final MqttConnection connection;
  private final RobotTopics topics;
  private final EnvelopeCodec codec;
  private final Clock clock;

  OwnerAppEvents(MqttConnection connection, RobotTopics topics, EnvelopeCodec codec, Clock clock) {
    this.connection = connection;
    this.topics = topics;
    this.codec = codec;
    this.clock = clock;
  }

  void triggerFired(RobotId robot, Map<String, String> triggerFields, String messageId) {
    ObjectNode payload = codec.json().createObjectNode().put("event", "ifttt_trigger");
    payload.set("trigger_fields", fields(triggerFields));
    send(robot, payload, Optional.of(messageId));
  }

  void commandSent(RobotId robot, Map<String, String> commandFields, String actionId) {
    ObjectNode payload = codec.json().createObjectNode().put("event", "ifttt_action");
    payload.set("action_fields", fields(commandFields));
    send(robot, payload, Optional.of(actionId));
  }

  void error(RobotId robot, String error) {
    ObjectNode payload =
        codec.json().createObjectNode().put("event", "ifttt_error").put("error", error);
    send(robot, payload, Optional.empty());
  }

  private ArrayNode fields(Map<String, String> fields) {
    ArrayNode list = codec.json().createArrayNode();
    fields.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
    return list;
  }

  private void send(RobotId robot, ObjectNode payload, Optional<String> actionId) {
    Envelope envelope =
        Envelope.create(Envelope.CLOUD, robot.toString(), payload, actionId, clock.instant());
    connection.publishLater(topics.of(RobotTopics.APP_EVENTS, robot), codec.write(envelope));
  }
}
