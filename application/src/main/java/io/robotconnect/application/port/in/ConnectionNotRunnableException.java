package io.robotconnect.application.port.in;

/** The owner's connection is pending, disabled or never enabled, so it runs nothing. */
public class ConnectionNotRunnableException extends RuntimeException {
  private final String reason;

  public ConnectionNotRunnableException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** {@code pending}, {@code disabled} or {@code never_enabled}. */
  public String reason() {
    return reason;
  }
}
