package io.robotconnect.application.service;

import io.robotconnect.application.port.in.GetOwnerUseCase;
import io.robotconnect.application.port.in.GetRobotUseCase;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.Optional;

/**
 * Reads owners and their robots back as they were registered; a robot is only found under its own
 * owner, so one owner's path never shows another owner's robot.
 */
public class OwnerLookupService implements GetOwnerUseCase, GetRobotUseCase {
  private final OwnerRepository owners;
  private final RobotRepository robots;

  public OwnerLookupService(OwnerRepository owners, RobotRepository robots) {
    this.owners = owners;
    this.robots = robots;
  }

  @Override
  public Optional<Owner> owner(OwnerId id) {
    return owners.findById(id);
  }

  @Override
  public Optional<Robot> robot(OwnerId owner, RobotId robot) {
    return robots.findById(robot).filter(found -> found.owner().equals(owner));
  }
}
