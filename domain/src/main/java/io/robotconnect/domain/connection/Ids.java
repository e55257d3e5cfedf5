package io.robotconnect.domain.connection;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by the ids of steps, features and fields. */
final class Ids {
  static final int MAX_LENGTH = 200;

  private Ids() {}

  static String require(String id, String what) {
    if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " must be 1-" + MAX_LENGTH + " characters");
    }
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
