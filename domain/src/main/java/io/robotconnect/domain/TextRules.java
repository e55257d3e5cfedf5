package io.robotconnect.domain;

/**
 * The checks every text from outside passes where it enters: present, not longer than its maximum,
 * and, for names and identifiers, free of control characters (they end up in logs, URLs and MQTT
 * topics).
 */
public final class TextRules {
  private TextRules() {}

  /**
   * A name or identifier: not blank, at most {@code max} characters, no control characters.
   *
   * @param what the field as the caller knows it, named in the message
   */
  public static String requireName(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    requireAtMost(value, what, max);
    if (hasControlCharacters(value)) {
      throw new IllegalArgumentException(what + " must not contain control characters");
    }
    return value;
  }

  /** Free text (which may hold line breaks): at most {@code max} characters. */
  public static String requireAtMost(String value, String what, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(what + " must be at most " + max + " characters");
    }
    return value;
  }

  public static boolean hasControlCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
