package io.robotconnect.application.port.in;

/** Has the owner's robot carry out a {@link RobotAction} (play an animation, move, dock). */
public interface RunRobotActionUseCase {

  /**
   * Sends the command to the owner's robot: the oldest robot registered to the owner.
   *
   * @return the action id of the command sent
   * @throws RobotActionSkippedException when the action can never work (no robot, unknown place or
   *     animation); asking again would not help
   * @throws io.robotconnect.application.port.out.RobotTransportUnavailableException when the robot
   *     transport is down; asking again later may work
   */
  String run(RunRobotActionCommand command);
}
