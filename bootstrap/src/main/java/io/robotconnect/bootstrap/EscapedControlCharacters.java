package io.robotconnect.bootstrap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * Logback's {@code %escaped(...)}: writes control characters (CR, LF, ESC, NUL, ...) of whatever it
 * wraps as escapes, so that a value from outside (a path, a header, an e-mail address, an exception
 * message echoing input) can neither split a log line nor drive the terminal. Every log pattern the
 * application and its tests use wraps the message and the MDC in it, so no call site can forget.
 */
public final class EscapedControlCharacters extends CompositeConverter<ILoggingEvent> {

  @Override
  protected String transform(ILoggingEvent event, String in) {
    return escape(in);
  }

  static String escape(String in) {
    if (in == null) {
      return null;
    }
    int first = firstControl(in);
    if (first < 0) {
      return in;
    }
    StringBuilder out = new StringBuilder(in.length() + 16).append(in, 0, first);
    for (int i = first; i < in.length(); i++) {
      char c = in.charAt(i);
      if (!isControl(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(unicodeEscape(c));
      }
    }
    return out.toString();
  }

  /** {@code \\u001b} for ESC. */
  static String unicodeEscape(int c) {
    return String.format("\\u%04x", c);
  }

  private static int firstControl(String in) {
    for (int i = 0; i < in.length(); i++) {
      if (isControl(in.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** C0, DEL, C1, and the Unicode line and paragraph separators. */
  static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
