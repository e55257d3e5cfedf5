package io.robotconnect.application.service;

/** Keeps text from outside short in a log line. */
final class LogText {
  static final int MAX_CHARS = 300;

  private LogText() {}

  /** The text, cut to {@link #MAX_CHARS} characters with a note of how long it was. */
  static String abbreviated(String text) {
    if (text == null || text.length() <= MAX_CHARS) {
      return text;
    }
    return text.substring(0, MAX_CHARS) + "... (" + text.length() + " characters)";
  }
}
