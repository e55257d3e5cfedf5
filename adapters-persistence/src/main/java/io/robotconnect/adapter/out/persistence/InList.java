package io.robotconnect.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The values of a JDBC {@code in (?, ...)} list, without repeats and padded (with the last value)
 * to a power of two, so that a few statement texts serve every list size and the database's
 * statement caches keep them.
 */
final class InList<T> {
  private final List<T> values;

  private InList(List<T> values) {
    this.values = values;
  }

  /** The list of {@code values}, which must not be empty. */
  static <T> InList<T> of(Collection<T> values) {
    List<T> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("an IN list needs at least one value");
    }
    int size = Integer.highestOneBit(distinct.size());
    if (size < distinct.size()) {
      size <<= 1;
    }
    T last = distinct.get(distinct.size() - 1);
    while (distinct.size() < size) {
      distinct.add(last);
    }
    return new InList<>(distinct);
  }

  /** {@code ?,?,...}, one per value. */
  String placeholders() {
    return String.join(",", Collections.nCopies(values.size(), "?"));
  }

  /** Binds the values from parameter {@code first} on. */
  void bind(PreparedStatement statement, int first, Binder<T> binder) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      binder.bind(statement, first + i, values.get(i));
    }
  }

  /** Sets one parameter. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement statement, int index, T value) throws SQLException;
  }
}
