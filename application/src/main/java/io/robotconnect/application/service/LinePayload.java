package io.robotconnect.application.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An outbox payload of {@code key<TAB>value} lines; backslashes, tabs and line breaks in values are
 * escaped, so any text survives.
 */
final class LinePayload {
  private LinePayload() {}

  static String encode(Map<String, String> entries) {
    StringBuilder text = new StringBuilder();
    entries.forEach(
        (key, value) -> text.append(escape(key)).append('\t').append(escape(value)).append('\n'));
    return text.toString();
  }

  static Map<String, String> decode(String payload) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : payload.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("payload line without a tab: " + line);
      }
      entries.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
    }
    return entries;
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i == value.length() - 1) {
        out.append(c);
        continue;
      }
      char next = value.charAt(++i);
      out.append(
          switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
    }
    return out.toString();
  }
}
