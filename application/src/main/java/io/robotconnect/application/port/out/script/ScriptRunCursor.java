package io.robotconnect.application.port.out.script;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in the newest-first list of runs: the start and id of the last run of a page; the next
 * page lists the runs after it. Its {@link #token()} is opaque to clients.
 */
public record ScriptRunCursor(Instant startedAt, UUID runId) {
  /** Longer than any token this class makes. */
  public static final int MAX_TOKEN_LENGTH = 200;

  public ScriptRunCursor {
    Objects.requireNonNull(startedAt, "started at");
    Objects.requireNonNull(runId, "run id");
  }

  /** The cursor as clients see it: URL-safe text. */
  public String token() {
    String plain = startedAt + " " + runId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor a {@link #token()} stands for.
   *
   * @throws IllegalArgumentException when the text is not a token of this class
   */
  public static ScriptRunCursor parse(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw notACursor();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int space = plain.indexOf(' ');
      if (space < 0) {
        throw notACursor();
      }
      UUID id = UUID.fromString(plain.substring(space + 1));
      ScriptRunCursor cursor = new ScriptRunCursor(Instant.parse(plain.substring(0, space)), id);
      if (!cursor.token().equals(token)) {
        throw notACursor();
      }
      return cursor;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw notACursor();
    }
  }

  private static IllegalArgumentException notACursor() {
    return new IllegalArgumentException("not a script-run cursor");
  }
}
