package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A robot to register: its id (a fresh one when none is given), name and mapped places.
 *
 * @param robot validated like any robot: a name, unique place names and waypoints
 */
public record RegisterRobotCommand(Robot robot) {
  public RegisterRobotCommand {
    Objects.requireNonNull(robot, "robot");
  }

  public static RegisterRobotCommand of(
      OwnerId owner, RobotId idOrNull, String name, List<Place> places) {
    RobotId id = idOrNull != null ? idOrNull : new RobotId(UUID.randomUUID());
    return new RegisterRobotCommand(new Robot(id, owner, name, places));
  }
}
