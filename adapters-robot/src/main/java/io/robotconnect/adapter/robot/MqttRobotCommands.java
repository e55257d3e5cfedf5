package io.robotconnect.adapter.robot;

import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.domain.robot.RobotCommand;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends commands to a robot's {@code command} topic, written by {@link CommandEncoder}, and tells
 * the owner's app. A command counts as sent once the broker has acknowledged it (QoS 1); the broker
 * then holds it for the robot's persistent session.
 */
final class MqttRobotCommands implements RobotCommandPort {
  private static final Logger LOG = LoggerFactory.getLogger(MqttRobotCommands.class);

  private final MqttConnection connection;
  private final RobotTopics topics;
  private final EnvelopeCodec codec;
  private final CommandEncoder encoder;
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
    this.encoder = new CommandEncoder();
    this.appEvents = appEvents;
    this.clock = clock;
  }

  @Override
  public String send(RobotCommand command) {
    String actionId = UUID.randomUUID().toString();
    CommandEncoder.Encoded encoded = encoder.encode(command);
    Envelope<CommandPayload> envelope =
        Envelope.create(
            Envelope.CLOUD,
            command.robot().toString(),
            encoded.payload(),
            Optional.of(actionId),
            clock.instant());
    connection.publish(
        topics.of(RobotTopics.COMMAND, command.robot()), codec.write(envelope), false);
    LOG.debug("sent {} to robot {} as action {}", encoded.name(), command.robot(), actionId);
    appEvents.commandSent(command.robot(), encoded.appFields(), actionId);
    return actionId;
  }
}
