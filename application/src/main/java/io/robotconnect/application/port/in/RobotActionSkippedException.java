package io.robotconnect.application.port.in;

/**
 * A robot action that can never work as asked (no robot, unknown place or animation); asking again
 * would not help. The message is meant for the user.
 */
public class RobotActionSkippedException extends RuntimeException {
  /** Why the action was skipped. */
  public enum Reason {
    NO_ROBOT,
    UNKNOWN_PLACE,
    UNKNOWN_ANIMATION
  }

  private final Reason reason;

  public RobotActionSkippedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
