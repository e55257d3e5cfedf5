package io.robotconnect.acceptance.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One hostile change to a valid JSON body: the value at one place in it (any depth) is replaced by
 * something a hostile client would send, removed, or sent twice.
 *
 * @param place which place of the body, counted over all its keys and array elements (modulo)
 */
record BodyChange(int place, Kind kind, int size) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What is put in the chosen place. */
  enum Kind {
    NULL,
    EMPTY_STRING,
    NUMBER,
    HUGE_NUMBER,
    BOOLEAN,
    EMPTY_ARRAY,
    ARRAY_OF_NULL,
    ARRAY_OF_OBJECT,
    EMPTY_OBJECT,
    OBJECT_OF_NUMBER,
    LONG_STRING,
    CONTROL_CHARACTERS,
    LONE_SURROGATE,
    PATH_TRAVERSAL,
    URI_TEMPLATE,
    DEEP_NESTING,
    REMOVED,
    DUPLICATE_KEY
  }

  /** The body with this change, as the bytes a client sends. */
  String applyTo(ObjectNode body) {
    List<Place> places = new ArrayList<>();
    collect(body, places);
    if (places.isEmpty()) {
      places.add(new Place(body, "injected"));
    }
    Place chosen = places.get(Math.floorMod(place, places.size()));
    if (kind == Kind.DUPLICATE_KEY) {
      return withDuplicateKey(body, chosen);
    }
    if (kind == Kind.REMOVED) {
      chosen.remove();
      return body.toString();
    }
    if (kind == Kind.DEEP_NESTING) {
      String marker = "\"__deep__\"";
      chosen.set(NODES.textNode("__deep__"));
      int depth = 64 + size % 20_000;
      return body.toString().replace(marker, "[".repeat(depth) + "]".repeat(depth));
    }
    chosen.set(value());
    return body.toString();
  }

  private JsonNode value() {
    return switch (kind) {
      case NULL -> NODES.nullNode();
      case EMPTY_STRING -> NODES.textNode("");
      case NUMBER -> NODES.numberNode(size - 500);
      case HUGE_NUMBER -> NODES.numberNode(new java.math.BigDecimal("1e400"));
      case BOOLEAN -> NODES.booleanNode(size % 2 == 0);
      case EMPTY_ARRAY -> NODES.arrayNode();
      case ARRAY_OF_NULL -> NODES.arrayNode().addNull();
      case ARRAY_OF_OBJECT -> NODES.arrayNode().add(NODES.objectNode().put("x", 1));
      case EMPTY_OBJECT -> NODES.objectNode();
      case OBJECT_OF_NUMBER -> NODES.objectNode().put("x", 1);
      case LONG_STRING ->
          NODES.textNode("x".repeat(List.of(101, 256, 1_025, 100_000, 2_000_000).get(size % 5)));
      case CONTROL_CHARACTERS ->
          NODES.textNode("a\u0000b\u001b[31mc\r\nINFO forged log line\u0007");
      case LONE_SURROGATE -> NODES.textNode("a\uD800b");
      case PATH_TRAVERSAL ->
          NODES.textNode(
              List.of("../../../etc/passwd", "..%2f..%2fetc", "a/b", "%00", "#x?y").get(size % 5));
      case URI_TEMPLATE -> NODES.textNode("{{7*7}}");
      case DEEP_NESTING, REMOVED, DUPLICATE_KEY -> throw new IllegalStateException("not a value");
    };
  }

  private static String withDuplicateKey(ObjectNode body, Place chosen) {
    ObjectNode parent = chosen.parent instanceof ObjectNode object ? object : body;
    String key =
        chosen.parent instanceof ObjectNode
            ? chosen.key
            : parent.fieldNames().hasNext() ? parent.fieldNames().next() : "k";
    String marker = "\"__duplicate__\":0";
    parent.set("__duplicate__", NODES.numberNode(0));
    String again = NODES.textNode(key) + ":" + (parent.has(key) ? parent.get(key) : "1");
    return body.toString().replace(marker, again);
  }

  private static void collect(JsonNode node, List<Place> places) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        places.add(new Place(object, field.getKey()));
        collect(field.getValue(), places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        places.add(new Place(array, Integer.toString(i)));
        collect(array.get(i), places);
      }
    }
  }

  /** A key of an object or an index of an array. */
  private record Place(JsonNode parent, String key) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(key, value);
      } else {
        ((ArrayNode) parent).set(Integer.parseInt(key), value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(key);
      } else {
        ((ArrayNode) parent).remove(Integer.parseInt(key));
      }
    }
  }
}
