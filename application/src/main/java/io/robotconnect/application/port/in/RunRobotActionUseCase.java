package io.robotconnect.application.port.in;

/** Has the owner's robot do what an IFTTT action asks (animation, move, dock). */
public interface RunRobotActionUseCase {

  /**
   * Sends the command to the owner's robot: the oldest robot registered to the owner.
   *
   * @return the action id of the command sent (IFTTT's {@code data[0].id})
   * @throws RobotActionSkippedException when the action can never work (no robot, unknown place or
   *     animation); IFTTT must not retry it
   * @throws io.robotconnect.application.port.out.RobotTransportUnavailableException when the robot
   *     transport is down; IFTTT may retry later
   */
  String run(RunRobotActionCommand command);
}
