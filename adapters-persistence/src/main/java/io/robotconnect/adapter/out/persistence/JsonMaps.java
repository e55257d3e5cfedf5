package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** String maps (ingredients, trigger fields) as JSON text columns, with the platform's mapper. */
final class JsonMaps {
  private final ObjectMapper json;

  JsonMaps(ObjectMapper json) {
    this.json = json;
  }

  /** The map as a JSON object, keys sorted. */
  String write(Map<String, String> map) {
    try {
      return json.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /**
   * Reads a JSON object of scalars, as {@link #write} writes it. Numbers and booleans are read as
   * their text. Timeline reads parse one such object per event, so the usual form (string keys and
   * values without escapes) is scanned directly; anything else goes to Jackson's parser.
   */
  Map<String, String> read(String text) {
    Map<String, String> plain = readPlain(text);
    return plain != null ? plain : readWithJackson(text);
  }

  /**
   * {@code {"k":"v",...}} with optional blanks, no escapes in the strings and no repeated key, as
   * an unmodifiable map; null for any other text. Strings end at the next quote: {@link #write}
   * escapes every control character, so text without a backslash holds its strings as they are.
   */
  static Map<String, String> readPlain(String json) {
    if (json.indexOf('\\') >= 0) {
      return null;
    }
    int length = json.length();
    int at = skipBlanks(json, 0);
    if (at >= length || json.charAt(at) != '{') {
      return null;
    }
    at = skipBlanks(json, at + 1);
    if (at < length && json.charAt(at) == '}') {
      return skipBlanks(json, at + 1) == length ? Map.of() : null;
    }
    List<String> keysAndValues = new ArrayList<>(4);
    while (true) {
      int keyEnd = plainStringEnd(json, at);
      if (keyEnd < 0) {
        return null;
      }
      String key = json.substring(at + 1, keyEnd);
      at = skipBlanks(json, keyEnd + 1);
      if (at >= length || json.charAt(at) != ':') {
        return null;
      }
      at = skipBlanks(json, at + 1);
      int valueEnd = plainStringEnd(json, at);
      if (valueEnd < 0) {
        return null;
      }
      keysAndValues.add(key);
      keysAndValues.add(json.substring(at + 1, valueEnd));
      at = skipBlanks(json, valueEnd + 1);
      if (at >= length) {
        return null;
      }
      char next = json.charAt(at);
      if (next == '}') {
        return skipBlanks(json, at + 1) == length ? unmodifiable(keysAndValues) : null;
      }
      if (next != ',') {
        return null;
      }
      at = skipBlanks(json, at + 1);
    }
  }

  /** The index of the closing quote of a string without escapes starting at {@code at}, or -1. */
  private static int plainStringEnd(String json, int at) {
    if (at >= json.length() || json.charAt(at) != '"') {
      return -1;
    }
    return json.indexOf('"', at + 1);
  }

  private static int skipBlanks(String json, int at) {
    while (at < json.length()) {
      char c = json.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      at++;
    }
    return at;
  }

  /** The pairs as an unmodifiable map, or null when a key repeats (Jackson keeps the last). */
  private static Map<String, String> unmodifiable(List<String> keysAndValues) {
    try {
      switch (keysAndValues.size()) {
        case 2:
          return Map.of(keysAndValues.get(0), keysAndValues.get(1));
        case 4:
          return Map.of(
              keysAndValues.get(0), keysAndValues.get(1),
              keysAndValues.get(2), keysAndValues.get(3));
        default:
          break;
      }
    } catch (IllegalArgumentException repeatedKey) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, String>[] entries = new Map.Entry[keysAndValues.size() / 2];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = Map.entry(keysAndValues.get(2 * i), keysAndValues.get(2 * i + 1));
    }
    try {
      return Map.ofEntries(entries);
    } catch (IllegalArgumentException repeatedKey) {
      return null;
    }
  }

  private Map<String, String> readWithJackson(String text) {
    try (JsonParser parser = json.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notAMap("it is not a JSON object");
      }
      Map<String, String> map = new LinkedHashMap<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_NULL) {
          map.put(name, null);
        } else if (value != null && value.isScalarValue()) {
          map.put(name, parser.getText());
        } else {
          throw notAMap("the value of " + name + " is not a string");
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw notAMap("the object is not closed");
      }
      return map;
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is not a map of strings: " + e.getMessage(), e);
    }
  }

  private static IllegalStateException notAMap(String why) {
    return new IllegalStateException("stored JSON is not a map of strings: " + why);
  }
}
