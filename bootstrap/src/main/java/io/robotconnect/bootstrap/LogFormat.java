package io.robotconnect.bootstrap;

import java.util.Locale;

/**
 * How log lines are written ({@code ROBOTCONNECT_LOG_FORMAT}): {@code text}, one readable line per
 * event, or {@code json}, one JSON object per line. Chosen before the first line is logged: the
 * logging configuration ({@code logback.xml}) reads it from the system property {@link #PROPERTY}
 * when logging starts.
 */
enum LogFormat {
  TEXT,
  JSON;

  static final String VARIABLE = "ROBOTCONNECT_LOG_FORMAT";
  static final String PROPERTY = "robotconnect.log.format";

  /** The format the environment asks for; {@code text} when unset. */
  static LogFormat from(Environment env) {
    String text = env.string(VARIABLE, "text");
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      default -> throw new ConfigurationException(VARIABLE, "must be text or json: '" + text + "'");
    };
  }

  /** Makes the logging configuration use this format; call before anything is logged. */
  void select() {
    System.setProperty(PROPERTY, name().toLowerCase(Locale.ROOT));
  }
}
