package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Lists where two JSON trees differ, by JSON pointer, so a failed round trip says where. */
final class JsonDiff {
  private JsonDiff() {}

  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isObject() && actual.isObject()) {
      Iterator<String> names = expected.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!actual.has(name)) {
          out.add(at + "/" + name + " missing");
        } else {
          diff(at + "/" + name, expected.get(name), actual.get(name), out);
        }
      }
      actual
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (!expected.has(name)) {
                  out.add(at + "/" + name + " added");
                }
              });
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(at + " has " + actual.size() + " items, expected " + expected.size());
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        diff(at + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(
          at
              + ": expected "
              + expected
              + " ("
              + expected.getNodeType()
              + ") but was "
              + actual
              + " ("
              + actual.getNodeType()
              + ")");
    }
  }
}
