package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;
import java.util.TreeMap;

/** String maps (ingredients, trigger fields) as JSON text columns. */
final class JsonMaps {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectReader STRING_MAP_READER =
      MAPPER.readerFor(new TypeReference<Map<String, String>>() {});

  private JsonMaps() {}

  static String write(Map<String, String> map) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  static Map<String, String> read(String json) {
    try {
      return STRING_MAP_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not a map of strings: " + e.getMessage(), e);
    }
  }
}
