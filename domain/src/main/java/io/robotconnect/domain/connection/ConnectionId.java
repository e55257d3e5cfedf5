package io.robotconnect.domain.connection;

/** The id IFTTT gave a connection, e.g. {@code zG58W2uC}. */
public record ConnectionId(String value) {
  public ConnectionId {
    if (value == null || !value.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("connection id must be 1-64 of [A-Za-z0-9_-]: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
