package io.robotconnect.application.port.in;

import io.robotconnect.domain.robot.Robot;

/** Links a robot, with the places on its map, to its owner (admin API, IFTTT test setup, demo). */
public interface RegisterRobotUseCase {

  /**
   * Stores the robot for the owner; registering the owner's robot again replaces its name and
   * places. For requests from outside (admin API).
   *
   * @throws UnknownOwnerException when the owner does not exist
   * @throws RobotOwnedByAnotherOwnerException when the robot id belongs to another owner
   * @throws ReservedAccountException when the owner is one of the platform's reserved accounts
   */
  Robot register(RegisterRobotCommand command);

  /** The same for the platform's own reserved accounts (IFTTT test setup, demo), never an API. */
  Robot registerForReservedAccount(RegisterRobotCommand command);
}
