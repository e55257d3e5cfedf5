package io.robotconnect.adapter.in.rest.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.FieldDefinition;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON the owner-app connection API answers. User features use the Connect API's shape, so an
 * app can send back what it was shown ({@link ConnectionRequest} reads them).
 */
final class ConnectionBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConnectionBodies() {}

  static ObjectNode snapshot(ConnectionSnapshot snapshot) {
    Connection connection = snapshot.definition();
    ObjectNode json = NODES.objectNode();
    json.put("id", connection.id().value());
    json.put("name", connection.name());
    json.put("description", connection.description());
    json.put("user_status", snapshot.userStatus().map(s -> s.wireName()).orElse(null));
    json.put("pending", snapshot.userConnection().map(UserConnection::pending).orElse(false));
    ArrayNode features = json.putArray("features");
    for (Feature feature : connection.features()) {
      ObjectNode featureJson = features.addObject();
      featureJson.put("id", feature.id());
      featureJson.put("title", feature.title());
      featureJson.put("description", feature.description().orElse(null));
      featureJson.set("fields", fields(feature.fields()));
      for (StepKind kind : StepKind.values()) {
        ArrayNode steps = featureJson.putArray("feature_" + kind.pathSegment());
        for (FeatureStep step : feature.steps(kind)) {
          ObjectNode stepJson = steps.addObject();
          stepJson.put("id", step.id());
          stepJson.put(kind.name().toLowerCase(Locale.ROOT) + "_id", step.step().qualified());
          stepJson.put("label", step.label());
          stepJson.set("fields", fields(step.fields()));
        }
      }
    }
    snapshot
        .userConnection()
        .ifPresent(
            uc ->
                json.putObject("user_connection")
                    .set("user_features", userFeatures(uc.features())));
    return json;
  }

  private static ArrayNode fields(List<FieldDefinition> fields) {
    ArrayNode json = NODES.arrayNode();
    for (FieldDefinition field : fields) {
      ObjectNode fieldJson = json.addObject();
      fieldJson.put("id", field.id());
      fieldJson.put("label", field.label());
      fieldJson.put("type", field.type().name());
      fieldJson.put("required", field.required());
      fieldJson.put("hidden", field.hidden());
      fieldJson.set(
          "default_value",
          field.defaultValue().map(ConnectionBodies::value).orElse(NODES.nullNode()));
    }
    return json;
  }

  static ArrayNode userFeatures(List<UserFeature> features) {
    ArrayNode json = NODES.arrayNode();
    for (UserFeature feature : features) {
      ObjectNode featureJson = json.addObject();
      feature.id().ifPresent(id -> featureJson.put("id", id));
      featureJson.put("feature_id", feature.featureId());
      featureJson.put("enabled", feature.enabled());
      featureJson.set("user_fields", userFields(feature.fields()));
      for (StepKind kind : StepKind.values()) {
        ArrayNode steps = featureJson.putArray("user_feature_" + kind.pathSegment());
        for (UserFeatureStep step : feature.steps(kind)) {
          ObjectNode stepJson = steps.addObject();
          step.id().ifPresent(id -> stepJson.put("id", id));
          stepJson.put(
              "feature_" + kind.name().toLowerCase(Locale.ROOT) + "_id", step.featureStepId());
          stepJson.set("user_fields", userFields(step.fields()));
        }
      }
    }
    return json;
  }

  private static ArrayNode userFields(List<UserField> fields) {
    ArrayNode json = NODES.arrayNode();
    for (UserField field : fields) {
      ObjectNode fieldJson = json.addObject();
      fieldJson.put("field_id", field.fieldId());
      field.fieldType().ifPresent(t -> fieldJson.put("field_type", t.name()));
      fieldJson.set("value", value(field.value()));
    }
    return json;
  }

  static JsonNode value(FieldValue value) {
    if (value instanceof FieldValue.Text text) {
      return NODES.textNode(text.value());
    }
    if (value instanceof FieldValue.Option option) {
      ObjectNode json = NODES.objectNode();
      json.put("group", option.group().orElse(null));
      json.put("label", option.label());
      json.put("value", option.value());
      return json;
    }
    FieldValue.Location location = (FieldValue.Location) value;
    ObjectNode json = NODES.objectNode();
    json.put("lat", location.lat());
    json.put("lng", location.lng());
    location.radius().ifPresent(r -> json.put("radius", r));
    location.address().ifPresent(a -> json.put("address", a));
    location.description().ifPresent(d -> json.put("description", d));
    location.zoom().ifPresent(z -> json.put("zoom", z));
    return json;
  }

  static ObjectNode options(Map<String, List<FieldValue.Option>> options) {
    ObjectNode json = NODES.objectNode();
    json.put("type", "field_options");
    ObjectNode byField = json.putObject("options");
    options.forEach(
        (field, values) -> {
          ArrayNode array = byField.putArray(field);
          values.forEach(v -> array.add(value(v)));
        });
    return json;
  }
}
