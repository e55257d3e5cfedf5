package io.robotconnect.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a list to answer: at most {@code limit} items after the position {@code cursor}
 * names (a {@link Page#nextCursor()} given out before; empty for the first page).
 */
public record PageRequest(int limit, Optional<String> cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
  public static final int MAX_CURSOR_LENGTH = 200;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    Objects.requireNonNull(cursor, "cursor");
    if (cursor.isPresent() && cursor.get().length() > MAX_CURSOR_LENGTH) {
      throw new IllegalArgumentException("cursor is not one this API gave out");
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }
}
