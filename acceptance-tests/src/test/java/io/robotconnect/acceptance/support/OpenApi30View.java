package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3.1 description as the 3.0 document it is equivalent to. swagger-request-validator
 * (2.44) checks 3.1 documents without their {@code type}s: it hands swagger-parser's 3.1 model,
 * which keeps them elsewhere, to a draft-04 JSON Schema validator. The project's descriptions use
 * only what both versions share, plus {@code "null"} in a {@code type}: {@code type: [T, "null"]}
 * becomes {@code type: T, nullable: true}, and a {@code type: "null"} alternative becomes a schema
 * that only {@code null} matches. Any other 3.1-only keyword is refused, so that nothing a
 * description says is silently left unchecked.
 */
public final class OpenApi30View {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** JSON Schema keywords of 3.1 that 3.0 has not and the validator would ignore. */
  private static final Set<String> ONLY_IN_3_1 =
      Set.of(
          "const",
          "prefixItems",
          "$defs",
          "$schema",
          "$id",
          "$anchor",
          "$dynamicRef",
          "$dynamicAnchor",
          "unevaluatedProperties",
          "unevaluatedItems",
          "dependentRequired",
          "dependentSchemas",
          "patternProperties",
          "propertyNames",
          "contains",
          "minContains",
          "maxContains",
          "if",
          "then",
          "else",
          "contentMediaType",
          "contentEncoding",
          "contentSchema");

  /** Objects whose keys are names (of properties, paths, statuses...), not keywords. */
  private static final Set<String> MAPS_OF_NAMES =
      Set.of(
          "properties",
          "paths",
          "schemas",
          "responses",
          "parameters",
          "headers",
          "content",
          "requestBodies",
          "securitySchemes",
          "examples",
          "links",
          "callbacks",
          "variables",
          "mapping",
          "scopes",
          "encoding");

  private OpenApi30View() {}

  /** The 3.0 text of a 3.1 description. */
  public static String of(String description31) {
    try {
      ObjectNode root = (ObjectNode) YAML.readTree(description31);
      String version = root.path("openapi").asText();
      if (!version.startsWith("3.1.")) {
        throw new IllegalArgumentException("not an OpenAPI 3.1 description: " + version);
      }
      for (String only31 : List.of("webhooks", "jsonSchemaDialect")) {
        if (root.has(only31)) {
          throw new IllegalArgumentException("no 3.0 equivalent of " + only31);
        }
      }
      root.put("openapi", "3.0.3");
      convert(root, "", false);
      return YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException("not YAML", e);
    }
  }

  private static void convert(JsonNode node, String at, boolean keysAreNames) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        convert(array.get(i), at + "/" + i, false);
      }
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    if (!keysAreNames) {
      refuseOnly31(object, at);
      convertType(object, at);
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    object.fields().forEachRemaining(fields::add);
    for (Map.Entry<String, JsonNode> field : fields) {
      boolean names = !keysAreNames && MAPS_OF_NAMES.contains(field.getKey());
      convert(field.getValue(), at + "/" + field.getKey(), names);
    }
  }

  private static void refuseOnly31(ObjectNode object, String at) {
    object
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (ONLY_IN_3_1.contains(key)) {
                throw new IllegalArgumentException(at + ": no 3.0 equivalent of " + key);
              }
            });
    for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
      if (object.has(bound) && object.get(bound).isNumber()) {
        throw new IllegalArgumentException(at + ": use minimum/maximum instead of " + bound);
      }
    }
    if (object.has("examples") && object.get("examples").isArray()) {
      throw new IllegalArgumentException(at + ": a schema's examples are 3.1 only");
    }
    if (object.has("nullable")) {
      throw new IllegalArgumentException(at + ": nullable is 3.0 only; use type [T, 'null']");
    }
  }

  private static void convertType(ObjectNode object, String at) {
    JsonNode type = object.get("type");
    if (type == null) {
      return;
    }
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      if (types.size() != 2 || !types.contains("null")) {
        throw new IllegalArgumentException(at + ": only type [T, 'null'] has a 3.0 form");
      }
      types.remove("null");
      object.put("type", types.get(0));
      object.put("nullable", true);
    } else if ("null".equals(type.asText())) {
      object.put("type", "string");
      object.put("nullable", true);
      object.putArray("enum").addNull();
    }
  }
}
