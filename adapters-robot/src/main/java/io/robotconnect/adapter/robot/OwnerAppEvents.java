package io.robotconnect.adapter.robot;

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
    send(robot, AppEventPayload.triggerFired(triggerFields), Optional.of(messageId));
  }

  void commandSent(RobotId robot, Map<String, String> commandFields, String actionId) {
    send(robot, AppEventPayload.commandSent(commandFields), Optional.of(actionId));
  }

  void error(RobotId robot, String error) {
    send(robot, AppEventPayload.error(error), Optional.empty());
  }

  private void send(RobotId robot, AppEventPayload payload, Optional<String> actionId) {
    Envelope<AppEventPayload> envelope =
        Envelope.create(Envelope.CLOUD, robot.toString(), payload, actionId, clock.instant());
    connection.publishLater(topics.of(RobotTopics.APP_EVENTS, robot), codec.write(envelope));
  }
}
