package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RobotAction;
import io.robotconnect.application.port.in.RobotActionSkippedException;
import io.robotconnect.application.port.in.RobotActionSkippedException.Reason;
import io.robotconnect.domain.robot.Animation;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;

/**
 * Turns what a robot is asked to do into the command it gets: the one place where each kind of
 * {@link RobotAction} becomes its {@link RobotCommand}, with the animation looked up in the
 * catalogue and the place on the robot's map. IFTTT actions and behaviour steps both go through it.
 */
final class RobotCommandResolver {
  private RobotCommandResolver() {}

  /**
   * The command for {@code robot}.
   *
   * @throws RobotActionSkippedException when a name matches nothing the robot knows
   */
  static RobotCommand commandFor(Robot robot, RobotAction action) {
    return action.match(
        new RobotAction.Cases<>() {
          @Override
          public RobotCommand playAnimation(RobotAction.PlayAnimation play) {
            return new RobotCommand.PlayAnimation(robot.id(), animation(play.animationId()));
          }

          @Override
          public RobotCommand moveToPlace(RobotAction.MoveToPlace move) {
            return new RobotCommand.MoveTo(
                robot.id(),
                place(robot, move.placeName()),
                move.animationId().map(RobotCommandResolver::animation));
          }

          @Override
          public RobotCommand dock(RobotAction.Dock dock) {
            return new RobotCommand.Dock(robot.id());
          }
        });
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
