package io.robotconnect.adapter.out.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.connection.FieldValue;
import java.util.Optional;

/**
 * Field values as IFTTT writes them: text as a string, a dropdown option as {@code {group, label,
 * value}}, a location as {@code {lat, lng, radius, address, description, zoom}} with numbers; the
 * default values of location fields use {@code latitude}/{@code longitude} and strings.
 */
final class FieldValueJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FieldValueJson() {}

  /** Reads any value shape; absent or null is empty. */
  static Optional<FieldValue> read(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (node.isObject()) {
      if (node.has("lat") || node.has("latitude")) {
        return Optional.of(readLocation(node));
      }
      if (node.has("value")) {
        return Optional.of(readOption(node));
      }
      throw new IllegalArgumentException("unknown field value shape: " + node);
    }
    if (node.isValueNode()) {
      return Optional.of(new FieldValue.Text(node.asText()));
    }
    throw new IllegalArgumentException("unknown field value shape: " + node);
  }

  static FieldValue.Option readOption(JsonNode node) {
    return new FieldValue.Option(
        text(node, "label").orElse(""), node.path("value").asText(), text(node, "group"));
  }

  private static FieldValue.Location readLocation(JsonNode node) {
    return new FieldValue.Location(
        number(node, node.has("lat") ? "lat" : "latitude").orElseThrow(),
        number(node, node.has("lng") ? "lng" : "longitude")
            .orElseThrow(() -> new IllegalArgumentException("location without longitude")),
        number(node, "radius"),
        text(node, "address"),
        text(node, "description"),
        number(node, "zoom").map(Double::intValue));
  }

  /** Writes a user value (numbers for locations). */
  static JsonNode write(FieldValue value) {
    if (value instanceof FieldValue.Text text) {
      return NODES.textNode(text.value());
    }
    if (value instanceof FieldValue.Option option) {
      ObjectNode node = NODES.objectNode();
      node.put("group", option.group().orElse(null));
      node.put("label", option.label());
      node.put("value", option.value());
      return node;
    }
    FieldValue.Location location = (FieldValue.Location) value;
    ObjectNode node = NODES.objectNode();
    node.put("lat", location.lat());
    node.put("lng", location.lng());
    location.radius().ifPresent(r -> node.put("radius", r));
    location.address().ifPresent(a -> node.put("address", a));
    location.description().ifPresent(d -> node.put("description", d));
    location.zoom().ifPresent(z -> node.put("zoom", z));
    return node;
  }

  /** Writes a field definition's default value (strings and long names for locations). */
  static JsonNode writeDefault(Optional<FieldValue> value) {
    if (value.isEmpty()) {
      return NODES.nullNode();
    }
    if (!(value.get() instanceof FieldValue.Location location)) {
      return write(value.get());
    }
    ObjectNode node = NODES.objectNode();
    node.put("latitude", Double.toString(location.lat()));
    node.put("longitude", Double.toString(location.lng()));
    location.radius().ifPresent(r -> node.put("radius", Double.toString(r)));
    location.address().ifPresent(a -> node.put("address", a));
    location.description().ifPresent(d -> node.put("description", d));
    location.zoom().ifPresent(z -> node.put("zoom", Integer.toString(z)));
    return node;
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Optional<Double> number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.doubleValue());
    }
    try {
      return Optional.of(Double.parseDouble(value.asText()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not a number: " + value, e);
    }
  }
}
