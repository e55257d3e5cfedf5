package io.robotconnect.domain.connection;

import io.robotconnect.domain.TextRules;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks shared by the ids of steps, features, user features and fields: 1 to {@value #MAX_LENGTH}
 * characters (the {@code varchar(200)} columns they are stored in), no control characters.
 */
public final class Ids {
  public static final int MAX_LENGTH = 200;

  private Ids() {}

  public static String require(String id, String what) {
    return TextRules.requireName(id, what, MAX_LENGTH);
  }

  /** An optional id: absent, or a valid id. */
  public static Optional<String> optional(Optional<String> id, String what) {
    if (id == null) {
      return Optional.empty();
    }
    id.ifPresent(value -> require(value, what));
    return id;
  }

  static <T> void requireUnique(Collection<T> items, Function<T, String> id, String what) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        throw new IllegalArgumentException("duplicate " + what + ": " + id.apply(item));
      }
    }
  }
}
