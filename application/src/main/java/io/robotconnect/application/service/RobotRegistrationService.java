package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.ReservedAccountException;
import io.robotconnect.application.port.in.RobotOwnedByAnotherOwnerException;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
import io.robotconnect.domain.robot.Robot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links robots to existing owners; a robot id never moves silently to another owner, and the robots
 * of the platform's reserved accounts are the platform's to set.
 */
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
    Owner owner = ownerOf(command.robot());
    if (ReservedAccounts.isReserved(owner.email())) {
      throw new ReservedAccountException(
          "owner " + owner.id() + " is a reserved account of the platform; it cannot be changed");
    }
    return save(command.robot());
  }

  @Override
  public Robot registerForReservedAccount(RegisterRobotCommand command) {
    ownerOf(command.robot());
    return save(command.robot());
  }

  private Owner ownerOf(Robot robot) {
    return owners
        .findById(robot.owner())
        .orElseThrow(() -> new UnknownOwnerException(robot.owner()));
  }

  private Robot save(Robot robot) {
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
