package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.RobotOwnedByAnotherOwnerException;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.robot.Robot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Links robots to existing owners; a robot id never moves silently to another owner. */
public class RobotRegistrationService implements RegisterRobotUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RobotRegistrationService.class);

  private final OwnerRepository owners;
  private final RobotRepository robots;

  public RobotRegistrationService(OwnerRepository owners, RobotRepository robots) {
    this.owners = owners;
    this.robots = robots;
  }

  @Override
  public Robot register(RegisterRobotCommand command) {
    Robot robot = command.robot();
    if (owners.findById(robot.owner()).isEmpty()) {
      throw new UnknownOwnerException(robot.owner());
    }
    robots
        .findById(robot.id())
        .filter(existing -> !existing.owner().equals(robot.owner()))
        .ifPresent(
            existing -> {
              throw new RobotOwnedByAnotherOwnerException(robot.id());
            });
    robots.save(robot);
    LOG.info(
        "registered robot {} with {} places for owner {}",
        robot.id(),
        robot.places().size(),
        robot.owner());
    return robot;
  }
}
