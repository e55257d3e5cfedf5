package io.robotconnect.application.port.in;

import io.robotconnect.domain.connection.ConnectionId;

/**
 * The connection, or the feature or step of it that was named, is not in the connection definition
 * the platform has stored; nothing was sent to IFTTT.
 */
public class UnknownConnectionPartException extends RuntimeException {
  private UnknownConnectionPartException(String message) {
    super(message);
  }

  public static UnknownConnectionPartException connection(ConnectionId connection) {
    return new UnknownConnectionPartException("Unknown connection " + connection);
  }

  /**
   * {@code what} is e.g. {@code actions}; the id is left out of the message, it may be anything.
   */
  public static UnknownConnectionPartException part(ConnectionId connection, String what) {
    return new UnknownConnectionPartException(
        "The connection " + connection + " has no such " + what.replaceAll("s$", ""));
  }
}
