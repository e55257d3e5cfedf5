package io.robotconnect.application.port.out;

import io.robotconnect.domain.robot.RobotCommand;

/** Sends commands to robots. */
public interface RobotCommandPort {

  /**
   * Sends the command and returns its action id (the id the robot's messages about it carry).
   *
   * @throws RobotTransportUnavailableException when the robot transport cannot take the command
   */
  String send(RobotCommand command);
}
