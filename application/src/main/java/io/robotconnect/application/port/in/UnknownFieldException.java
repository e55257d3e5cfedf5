package io.robotconnect.application.port.in;

/** A trigger or action field that this service does not have was asked about. */
public class UnknownFieldException extends RuntimeException {
  public UnknownFieldException(String message) {
    super(message);
  }
}
