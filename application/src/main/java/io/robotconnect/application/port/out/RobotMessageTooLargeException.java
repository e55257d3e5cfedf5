package io.robotconnect.application.port.out;

/**
 * A message to a robot is larger than the robot transport takes; it was not sent, and sending it
 * again cannot succeed.
 */
public class RobotMessageTooLargeException extends RuntimeException {
  public RobotMessageTooLargeException(String message) {
    super(message);
  }
}
