package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.in.RobotActionSkippedException.Reason;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Has the owner's robot do what it is asked: resolves the action into a command and sends it. */
public class RunRobotActionService implements RunRobotActionUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(RunRobotActionService.class);

  private final RobotOfOwner robotOfOwner;
  private final RobotCommandPort commands;

  public RunRobotActionService(RobotRepository robots, RobotCommandPort commands) {
    this.robotOfOwner = new RobotOfOwner(robots);
    this.commands = commands;
  }

  @Override
  public String run(RunRobotActionCommand command) {
    Robot robot =
        robotOfOwner
            .find(command.owner())
            .orElseThrow(
                () ->
                    new RobotActionSkippedException(
                        Reason.NO_ROBOT, "No robot is linked to your account."));
    RobotCommand robotCommand = RobotCommandResolver.commandFor(robot, command.action());
    String actionId = commands.send(robotCommand);
    LOG.info(
        "sent {} to robot {} as action {}",
        robotCommand.getClass().getSimpleName(),
        robot.id(),
        actionId);
    return actionId;
  }
}
