package io.robotconnect.adapter.out.script;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Finds the line of the script that an error points at, in GraalJS's stack traces. */
final class ErrorLines {
  private ErrorLines() {}

  /** The line of the first frame of the script in a JavaScript {@code stack}. */
  static Optional<Integer> inStack(String stack, String scriptName) {
    if (stack == null || stack.isEmpty()) {
      return Optional.empty();
    }
    Matcher frame =
        Pattern.compile("[( ]" + Pattern.quote(scriptName) + ":(\\d+):\\d+").matcher(stack);
    return frame.find() ? Optional.of(Integer.parseInt(frame.group(1))) : Optional.empty();
  }

  /** The line of the script where the engine located an error (a syntax error, say). */
  static Optional<Integer> located(PolyglotException error, String scriptName) {
    SourceSection location = error.getSourceLocation();
    if (location != null && scriptName.equals(location.getSource().getName())) {
      return Optional.of(location.getStartLine());
    }
    return Optional.empty();
  }

  /** A syntax error's message without the engine's location prefix and source excerpt. */
  static String syntaxMessage(PolyglotException error, String scriptName) {
    String message = String.valueOf(error.getMessage());
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return first.replaceFirst(
        "^SyntaxError: " + Pattern.quote(scriptName) + ":\\d+:\\d+ ", "SyntaxError: ");
  }
}
