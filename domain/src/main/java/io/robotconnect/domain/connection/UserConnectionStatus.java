package io.robotconnect.domain.connection;

import java.util.Arrays;
import java.util.Locale;

/** Whether a user has a connection turned on, as IFTTT's {@code user_status} says. */
public enum UserConnectionStatus {
  ENABLED,
  DISABLED,
  NEVER_ENABLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UserConnectionStatus fromWireName(String name) {
    return Arrays.stream(values())
        .filter(s -> s.wireName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown user status: " + name));
  }
}
