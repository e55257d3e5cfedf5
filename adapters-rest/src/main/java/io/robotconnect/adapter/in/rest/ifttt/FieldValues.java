package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IFTTT sends field values as strings (or, for location fields, objects); our fields are all text,
 * so anything else is read as its JSON text rather than refused.
 */
final class FieldValues {
  private FieldValues() {}

  static Map<String, String> asStrings(Map<String, JsonNode> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value != null && !value.isNull()) {
            values.put(name, asString(value));
          }
        });
    return values;
  }

  static String asString(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
