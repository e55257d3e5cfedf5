package io.robotconnect.application.port.in;

/** An authorization request names an unknown client or an unregistered redirect URI. */
public class InvalidAuthorizationRequestException extends RuntimeException {
  public InvalidAuthorizationRequestException(String message) {
    super(message);
  }
}
