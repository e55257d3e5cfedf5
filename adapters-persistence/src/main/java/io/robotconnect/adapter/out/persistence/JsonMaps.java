package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** String maps (ingredients, trigger fields) as JSON text columns. */
final class JsonMaps {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private JsonMaps() {}

  static String write(Map<String, String> map) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /**
   * Reads a JSON object of scalars, as {@link #write} writes it, with Jackson's streaming parser
   * (timeline reads parse one such object per event). Numbers and booleans are read as their text.
   */
  static Map<String, String> read(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
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
