package io.robotconnect.application.port.out.script;

import java.util.Objects;

/**
 * Something wrong that a check found in a script without running it.
 *
 * @param line where, counted from 1
 */
public record ScriptProblem(int line, String message) {
  public ScriptProblem {
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1");
    }
    Objects.requireNonNull(message, "message");
  }
}
