package io.robotconnect.application.service;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import java.util.Optional;

/**
 * Which robot an owner's actions and options mean: callers know only the owner, so an owner with
 * several robots gets the first one they registered.
 */
final class RobotOfOwner {
  private final RobotRepository robots;

  RobotOfOwner(RobotRepository robots) {
    this.robots = robots;
  }

  Optional<Robot> find(OwnerId owner) {
    return robots.findByOwner(owner).stream().findFirst();
  }
}
