package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.domain.robot.RobotCommand;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends commands to a robot's {@code command} topic: {@code ifttt_animation_command}, {@code
 * ifttt_move_command} and {@code ifttt_dock_command}. A command counts as sent once the broker has
 * acknowledged it (QoS 1); the broker then holds it for the robot's persistent session.
 */
final class MqttRobotCommands implements RobotCommandPort {
  static final String ANIMATION = "ifttt_animation_command";
  static final String MOVE = "ifttt_move_command";
  static final String DOCK = "ifttt_dock_command";
  private static final Logger LOG = LoggerFactory.getLogger(MqttRobotCommands.class);

  private final MqttConnection connection;
  private final RobotTopics topics;
  private final EnvelopeCodec codec;
  private final OwnerAppEvents appEvents;
  private final Clock clock;

  MqttRobotCommands(
      MqttConnection connection,
      RobotTopics topics,
      EnvelopeCodec codec,
      OwnerAppEvents appEvents,
      Clock clock) {
    this.connection = connection;
    this.topics = topics;
    this.codec = codec;
    this.appEvents = appEvents;
    this.clock = clock;
  }

  @Override
  public String send(RobotCommand command) {
    String actionId = UUID.randomUUID().toString();
    ObjectNode payload = codec.json().createObjectNode().put("name", commandName(command));
    ObjectNode params = payload.putObject("params");
    Map<String, String> actionFields = new LinkedHashMap<>();
    if (command instanceof RobotCommand.PlayAnimation play) {
      params.put("action_id", play.animation().id());
      actionFields.put("action", play.animation().id());
    } else if (command instanceof RobotCommand.MoveTo move) {
      params.put("waypoint_uuid", move.waypointUuid().toString());
      actionFields.put("place", move.place().name());
      move.animation()
          .ifPresent(
              animation -> {
                params.put("action_id", animation.id());
                actionFields.put("action", animation.id());
              });
    }
    Envelope envelope =
        Envelope.create(
            Envelope.CLOUD,
            command.robot().toString(),
            payload,
            Optional.of(actionId),
            clock.instant());
    connection.publish(
        topics.of(RobotTopics.COMMAND, command.robot()), codec.write(envelope), false);
    LOG.debug("sent {} to robot {} as action {}", payload.get("name"), command.robot(), actionId);
    appEvents.actionSent(command.robot(), actionFields, actionId);
    return actionId;
  }

  private static String commandName(RobotCommand command) {
    if (command instanceof RobotCommand.PlayAnimation) {
      return ANIMATION;
    }
    return command instanceof RobotCommand.MoveTo ? MOVE : DOCK;
  }
}
