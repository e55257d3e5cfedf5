package io.robotconnect.domain.connection;

import java.util.regex.Pattern;

/** The id IFTTT gave a connection, e.g. {@code zG58W2uC}. */
public record ConnectionId(String value) {
  /** The {@code connection_id} columns. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

  public ConnectionId {
    if (value == null || !PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "connection id must be 1-" + MAX_LENGTH + " of [A-Za-z0-9_-]");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
