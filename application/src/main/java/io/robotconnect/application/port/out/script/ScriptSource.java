package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A runtime script as its author wrote it.
 *
 * @param name the file name error messages and stack traces show, e.g. {@code rain-alarm.js}
 * @param text the JavaScript, at most {@value #MAX_BYTES} bytes of UTF-8
 */
public record ScriptSource(String name, String text) {
  public static final int MAX_NAME_LENGTH = 200;

  /** Far above any connection logic; keeps parsing and caching cheap. */
  public static final int MAX_BYTES = 256 * 1024;

  public ScriptSource {
    TextRules.requireName(name, "script name", MAX_NAME_LENGTH);
    Objects.requireNonNull(text, "script text");
    if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "script " + name + " must be at most " + MAX_BYTES + " bytes");
    }
  }

  @Override
  public String toString() {
    return "ScriptSource[" + name + ", " + text.length() + " chars]";
  }
}
