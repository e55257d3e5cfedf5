package io.robotconnect.application.port.in;

import io.robotconnect.domain.robot.Robot;

/** Links a robot, with the places on its map, to its owner (admin API, IFTTT test setup). */
public interface RegisterRobotUseCase {

  /**
   * Stores the robot for the owner; registering the owner's robot again replaces its name and
   * places.
   *
   * @throws UnknownOwnerException when the owner does not exist
   * @throws RobotOwnedByAnotherOwnerException when the robot id belongs to another owner
   */
  Robot register(RegisterRobotCommand command);
}
