package io.robotconnect.application.port.out.script;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and copies JSON-like trees: maps with string keys, lists, strings, numbers, booleans and
 * nulls, at most {@value #MAX_DEPTH} levels deep. The copies cannot be changed.
 */
final class JsonTrees {
  /** As deep as the platform's JSON reader allows. */
  static final int MAX_DEPTH = 64;

  private JsonTrees() {}

  /** A JSON object; null stands for the empty one. */
  static Map<String, Object> object(Map<String, ?> object, String what) {
    if (object == null) {
      return Map.of();
    }
    return copyObject(object, what, 1);
  }

  /** Any JSON value, null included. */
  static Object value(Object value, String what) {
    return copy(value, what, 1);
  }

  private static Object copy(Object value, String what, int depth) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return number(number, what);
    }
    if (value instanceof Map<?, ?> map) {
      return copyObject(map, what, depth);
    }
    if (value instanceof List<?> list) {
      requireDepth(depth, what);
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(copy(item, what, depth + 1));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        what + " holds a " + value.getClass().getSimpleName() + ", which is not JSON");
  }

  private static void requireDepth(int depth, String what) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(what + " nests more than " + MAX_DEPTH + " levels");
    }
  }

  private static Map<String, Object> copyObject(Map<?, ?> map, String what, int depth) {
    requireDepth(depth, what);
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(what + " has a key that is not a string");
      }
      copy.put(key, copy(entry.getValue(), what, depth + 1));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Number number(Number number, String what) {
    if (number instanceof Double || number instanceof Float) {
      if (!Double.isFinite(number.doubleValue())) {
        throw new IllegalArgumentException(what + " holds " + number + ", which is not JSON");
      }
      return number;
    }
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger
        || number instanceof BigDecimal) {
      return number;
    }
    throw new IllegalArgumentException(
        what + " holds a " + number.getClass().getSimpleName() + ", which is not JSON");
  }
}
