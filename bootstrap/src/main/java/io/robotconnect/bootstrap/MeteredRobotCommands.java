package io.robotconnect.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.domain.robot.RobotCommand;

/**
 * Counts the commands handed to the robot transport ({@code
 * robotconnect_robot_commands_sent_total}) and those the broker acknowledged ({@code
 * robotconnect_robot_commands_acknowledged_total}): the port returns once the broker has taken a
 * command (QoS 1) and throws when it cannot, so the two differ by the commands that failed.
 */
final class MeteredRobotCommands implements RobotCommandPort {
  static final String SENT = "robotconnect.robot.commands.sent";
  static final String ACKNOWLEDGED = "robotconnect.robot.commands.acknowledged";

  private final RobotCommandPort commands;
  private final Counter sent;
  private final Counter acknowledged;

  MeteredRobotCommands(RobotCommandPort commands, MeterRegistry registry) {
    this.commands = commands;
    this.sent =
        Counter.builder(SENT)
            .description("Commands handed to the robot transport")
            .register(registry);
    this.acknowledged =
        Counter.builder(ACKNOWLEDGED)
            .description("Commands the MQTT broker acknowledged")
            .register(registry);
  }

  @Override
  public String send(RobotCommand command) {
    sent.increment();
    String actionId = commands.send(command);
    acknowledged.increment();
    return actionId;
  }
}
