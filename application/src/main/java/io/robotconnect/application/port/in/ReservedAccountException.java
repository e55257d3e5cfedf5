package io.robotconnect.application.port.in;

/** The account, or the e-mail address asked for, is one the platform keeps for itself. */
public class ReservedAccountException extends RuntimeException {
  public ReservedAccountException(String message) {
    super(message);
  }
}
