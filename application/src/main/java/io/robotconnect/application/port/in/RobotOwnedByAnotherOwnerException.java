package io.robotconnect.application.port.in;

import io.robotconnect.domain.robot.RobotId;

/** The robot is already registered to a different owner. */
public class RobotOwnedByAnotherOwnerException extends RuntimeException {
  public RobotOwnedByAnotherOwnerException(RobotId robot) {
    super("robot " + robot + " is registered to another owner");
  }
}
