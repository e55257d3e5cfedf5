package io.robotconnect.adapter.in.rest.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.application.port.in.InvalidConfigurationException;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase.UpdateUserConnectionCommand;
import io.robotconnect.application.port.out.ConnectApiPort.QueryRequest;
import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.FieldProblem;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one request body of the owner-app connection API. Every key of the wrong JSON type, too
 * long, or otherwise unreadable becomes a problem with its JSON pointer; {@link #done()} throws
 * them all at once (422). A number or boolean where text belongs is read as its text.
 */
final class ConnectionRequest {
  private final JsonNode body;
  private final List<FieldProblem> problems = new ArrayList<>();

  ConnectionRequest(JsonNode body) {
    this.body = body;
  }

  /** Throws the problems found so far, if any. */
  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
  }

  /** {@code user_features}: the configuration of a user connection update. */
  List<UserFeature> userFeatures() {
    JsonNode features = body.get("user_features");
    if (features == null || !features.isArray()) {
      return problem("/user_features", "user_features must be a list", List.of());
    }
    if (features.size() > UpdateUserConnectionCommand.MAX_FEATURES) {
      return problem(
          "/user_features",
          "user_features has at most " + UpdateUserConnectionCommand.MAX_FEATURES + " features",
          List.of());
    }
    List<UserFeature> result = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      userFeature(features.get(i), "/user_features/" + i).ifPresent(result::add);
    }
    return result;
  }

  private Optional<UserFeature> userFeature(JsonNode feature, String at) {
    if (!feature.isObject()) {
      return problem(at, "a user feature must be an object", Optional.empty());
    }
    Optional<String> featureId = requiredText(feature, "feature_id", at);
    Optional<String> id = optionalText(feature, "id", at);
    boolean enabled = bool(feature, "enabled", at, true);
    List<UserField> fields = userFields(feature, at);
    List<UserFeatureStep> steps = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      String list = "user_feature_" + kind.pathSegment();
      for (Element step : objects(feature, list, at, UserFeature.MAX_STEPS)) {
        userFeatureStep(kind, step.node(), step.at()).ifPresent(steps::add);
      }
    }
    if (featureId.isEmpty()) {
      return Optional.empty();
    }
    return build(at, () -> new UserFeature(id, featureId.get(), enabled, fields, steps));
  }

  private Optional<UserFeatureStep> userFeatureStep(StepKind kind, JsonNode step, String at) {
    String idKey = "feature_" + kind.name().toLowerCase(Locale.ROOT) + "_id";
    Optional<String> stepId = requiredText(step, idKey, at);
    Optional<String> id = optionalText(step, "id", at);
    List<UserField> fields = userFields(step, at);
    if (stepId.isEmpty()) {
      return Optional.empty();
    }
    return build(at, () -> new UserFeatureStep(id, kind, stepId.get(), fields));
  }

  private List<UserField> userFields(JsonNode parent, String at) {
    List<UserField> result = new ArrayList<>();
    for (Element field : objects(parent, "user_fields", at, UserFeature.MAX_FIELDS)) {
      Optional<String> fieldId = requiredText(field.node(), "field_id", field.at());
      Optional<FieldValue> value = value(field.node().get("value"), field.at() + "/value");
      if (fieldId.isPresent() && value.isPresent()) {
        build(field.at() + "/field_id", () -> UserField.of(fieldId.get(), value.get()))
            .ifPresent(result::add);
      }
    }
    return result;
  }

  /** {@code fields}: the field overrides of a run or perform request. */
  Map<String, FieldValue> overrides() {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    JsonNode json = body.get("fields");
    if (json == null || json.isNull()) {
      return fields;
    }
    if (!json.isObject()) {
      return problem("/fields", "fields must be an object", fields);
    }
    if (json.size() > UserFeature.MAX_FIELDS) {
      return problem("/fields", "fields has at most " + UserFeature.MAX_FIELDS + " fields", fields);
    }
    json.fields()
        .forEachRemaining(
            e -> {
              String at = "/fields/" + e.getKey();
              Optional<String> id = build(at, () -> Ids.require(e.getKey(), "field id"));
              Optional<FieldValue> value = value(e.getValue(), at);
              if (id.isPresent() && value.isPresent()) {
                fields.put(id.get(), value.get());
              }
            });
    return fields;
  }

  /** {@code user_feature_id} of a run or perform request. */
  Optional<String> userFeatureId() {
    Optional<String> id = optionalText(body, "user_feature_id", "");
    return id.flatMap(
        value -> build("/user_feature_id", () -> Ids.require(value, "user_feature_id")));
  }

  /** {@code includes}, {@code limit} and {@code cursor} of a perform request. */
  QueryRequest query(Map<String, FieldValue> fields, Optional<String> userFeatureId) {
    List<String> includes = new ArrayList<>();
    JsonNode json = body.get("includes");
    if (json != null && !json.isNull() && !json.isArray()) {
      problem("/includes", "includes must be a list of texts", null);
    } else if (json != null && json.size() > QueryRequest.MAX_INCLUDES) {
      problem("/includes", "includes has at most " + QueryRequest.MAX_INCLUDES + " entries", null);
    } else if (json != null) {
      for (int i = 0; i < json.size(); i++) {
        String at = "/includes/" + i;
        JsonNode include = json.get(i);
        if (!include.isValueNode() || include.isNull()) {
          problem(at, "an include must be text", null);
        } else {
          build(at, () -> Ids.require(include.asText(), "an include")).ifPresent(includes::add);
        }
      }
    }
    Optional<Integer> limit = integer("limit");
    Optional<String> cursor = optionalText(body, "cursor", "");
    cursor.ifPresent(
        c -> {
          if (c.length() > QueryRequest.MAX_CURSOR_LENGTH) {
            problem(
                "/cursor",
                "cursor must be at most " + QueryRequest.MAX_CURSOR_LENGTH + " characters",
                null);
          }
        });
    done();
    return new QueryRequest(fields, userFeatureId, includes, limit, cursor);
  }

  /**
   * An optional name or identifier at the top of the body, e.g. {@code oauth_code}: at most {@code
   * max} characters, no control characters.
   */
  Optional<String> text(String key, int max) {
    return optionalText(body, key, "")
        .flatMap(value -> build("/" + key, () -> TextRules.requireName(value, key, max)));
  }

  /** An optional boolean at the top of the body, e.g. {@code skip_config}. */
  boolean flag(String key, boolean absent) {
    return bool(body, key, "", absent);
  }

  private Optional<Integer> integer(String key) {
    JsonNode value = body.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0) {
      return Optional.of(value.asInt());
    }
    if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
      return Optional.of(Integer.parseInt(value.asText()));
    }
    return problem("/" + key, key + " must be a whole number, zero or more", Optional.empty());
  }

  private Optional<FieldValue> value(JsonNode value, String at) {
    if (value == null || value.isNull()) {
      return problem(at, "a value is required", Optional.empty());
    }
    if (value.isValueNode()) {
      return build(at, () -> new FieldValue.Text(value.asText()));
    }
    if (value.isObject() && value.has("lat")) {
      return location(value, at);
    }
    if (value.isObject() && value.has("value")) {
      Optional<String> label = optionalText(value, "label", at);
      Optional<String> optionValue = requiredText(value, "value", at);
      Optional<String> group = optionalText(value, "group", at);
      return optionValue.flatMap(
          v -> build(at, () -> new FieldValue.Option(label.orElse(""), v, group)));
    }
    return problem(
        at,
        "a value is text, a dropdown option {label, value, group} or a location {lat, lng, radius}",
        Optional.empty());
  }

  private Optional<FieldValue> location(JsonNode value, String at) {
    if (!value.path("lat").isNumber() || !value.path("lng").isNumber()) {
      return problem(at, "a location needs numeric lat and lng", Optional.empty());
    }
    Optional<Double> radius = number(value, "radius", at);
    Optional<Integer> zoom = number(value, "zoom", at).map(Double::intValue);
    Optional<String> address = optionalText(value, "address", at);
    Optional<String> description = optionalText(value, "description", at);
    return build(
        at,
        () ->
            new FieldValue.Location(
                value.get("lat").asDouble(),
                value.get("lng").asDouble(),
                radius,
                address,
                description,
                zoom));
  }

  private Optional<Double> number(JsonNode parent, String key, String at) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      return problem(at + "/" + key, key + " must be a number", Optional.empty());
    }
    return Optional.of(value.asDouble());
  }

  /** A list of objects under {@code key}; absent or null is an empty list. */
  private List<Element> objects(JsonNode parent, String key, String at, int max) {
    JsonNode list = parent.get(key);
    String listAt = at + "/" + key;
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      return problem(listAt, key + " must be a list", List.of());
    }
    if (list.size() > max) {
      return problem(listAt, key + " has at most " + max + " entries", List.of());
    }
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).isObject()) {
        elements.add(new Element(list.get(i), listAt + "/" + i));
      } else {
        problem(listAt + "/" + i, "an entry of " + key + " must be an object", null);
      }
    }
    return elements;
  }

  private Optional<String> requiredText(JsonNode parent, String key, String at) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank())) {
      return problem(at + "/" + key, key + " is required", Optional.empty());
    }
    return optionalText(parent, key, at);
  }

  private Optional<String> optionalText(JsonNode parent, String key, String at) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      return problem(at + "/" + key, key + " must be text", Optional.empty());
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  private boolean bool(JsonNode parent, String key, String at, boolean absent) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
      return Boolean.parseBoolean(value.asText());
    }
    return problem(at + "/" + key, key + " must be true or false", absent);
  }

  /** Builds a value object; the invariant it refuses becomes a problem at {@code at}. */
  private <T> Optional<T> build(String at, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException e) {
      return problem(at, e.getMessage(), Optional.empty());
    }
  }

  private <T> T problem(String at, String message, T result) {
    problems.add(new FieldProblem(at, message));
    return result;
  }

  private record Element(JsonNode node, String at) {}
}
