package io.robotconnect.application.port.out;

/** The robot transport (the MQTT broker) cannot take a command now; the caller may retry later. */
public class RobotTransportUnavailableException extends RuntimeException {
  public RobotTransportUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
