package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.in.RobotActionSkippedException.Reason;
import io.robotconnect.application.port.in.RunRobotActionCommand;
import io.robotconnect.application.port.in.RunRobotActionUseCase;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.robot.Animation;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns IFTTT actions into commands for the owner's robot. */
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
    RobotCommand robotCommand = commandFor(robot, command.action());
    String actionId = commands.send(robotCommand);
    LOG.info(
        "sent {} to robot {} as action {}",
        robotCommand.getClass().getSimpleName(),
        robot.id(),
        actionId);
    return actionId;
  }

  private static RobotCommand commandFor(Robot robot, RobotAction action) {
    if (action instanceof RobotAction.PlayAnimation play) {
      return new RobotCommand.PlayAnimation(robot.id(), animation(play.animationId()));
    }
    if (action instanceof RobotAction.MoveToPlace move) {
      return new RobotCommand.MoveTo(
          robot.id(),
          place(robot, move.placeName()),
          move.animationId().map(RunRobotActionService::animation));
    }
    return new RobotCommand.Dock(robot.id());
  }

  private static Animation animation(String id) {
    return AnimationCatalogue.byId(id)
        .orElseThrow(
            () ->
                new RobotActionSkippedException(
                    Reason.UNKNOWN_ANIMATION, "Your robot has no animation \"" + id + "\"."));
  }

  private static Place place(Robot robot, String name) {
    return robot
        .placeNamed(name)
        .orElseThrow(
            () ->
                new RobotActionSkippedException(
                    Reason.UNKNOWN_PLACE,
                    "Your robot has no place named \"" + name + "\" on its map."));
  }
}
