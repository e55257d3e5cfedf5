package io.robotconnect.adapter.out.connect;

import static io.robotconnect.adapter.out.connect.FieldValueJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.connection.ConnectService;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.FieldDefinition;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.ServiceStep;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import io.robotconnect.domain.owner.OwnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The Connect API's connection JSON, read into the domain and written back without loss. */
final class ConnectionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConnectionJson() {}

  /** Reads a {@code show a connection} answer; the user connection belongs to {@code user}. */
  static ConnectionSnapshot read(JsonNode json, Optional<OwnerId> user) {
    Connection definition = readDefinition(json);
    Optional<UserConnectionStatus> status =
        text(json, "user_status").map(UserConnectionStatus::fromWireName);
    Optional<UserConnection> userConnection = Optional.empty();
    JsonNode userConnectionJson = json.get("user_connection");
    if (user.isPresent() && userConnectionJson != null && !userConnectionJson.isNull()) {
      userConnection =
          Optional.of(
              UserConnection.of(
                  user.get(),
                  definition,
                  status.orElse(UserConnectionStatus.ENABLED),
                  false,
                  readUserFeatures(userConnectionJson.path("user_features"))));
    }
    return new ConnectionSnapshot(definition, status, userConnection);
  }

  static Connection readDefinition(JsonNode json) {
    return new Connection(
        new ConnectionId(json.path("id").asText()),
        text(json, "name").orElse(""),
        text(json, "description").orElse(""),
        text(json, "url"),
        json.hasNonNull("enabled_count")
            ? Optional.of(json.get("enabled_count").asLong())
            : Optional.empty(),
        list(json.path("services"), ConnectionJson::readService),
        list(json.path("features"), ConnectionJson::readFeature),
        list(
            json.path("value_propositions"),
            v ->
                new Connection.ValueProposition(
                    text(v, "description").orElse(""), text(v, "icon_url"))));
  }

  private static ConnectService readService(JsonNode json) {
    List<ServiceStep> steps = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      steps.addAll(list(json.path(kind.pathSegment()), step -> readServiceStep(kind, step)));
    }
    return new ConnectService(
        json.path("service_id").asText(),
        new ConnectService.ServiceBranding(
            text(json, "service_name"),
            text(json, "service_short_name"),
            text(json, "monochrome_icon_url"),
            text(json, "color_icon_url"),
            text(json, "brand_color"),
            text(json, "url")),
        json.path("is_primary").asBoolean(false),
        steps);
  }

  private static ServiceStep readServiceStep(StepKind kind, JsonNode json) {
    return new ServiceStep(
        kind,
        json.path("id").asText(),
        text(json, "label").orElse(""),
        text(json, "field_options_url"),
        text(json, "run_url"),
        list(json.path("fields"), ConnectionJson::readFieldDefinition),
        list(json.path(legacyUserStepsKey(kind)), ConnectionJson::readLegacyUserStep));
  }

  private static ServiceStep.LegacyUserStep readLegacyUserStep(JsonNode json) {
    return new ServiceStep.LegacyUserStep(
        text(json, "run_url"),
        list(
            json.path("fields"),
            field ->
                new ServiceStep.LegacyUserField(
                    field.path("id").asText(),
                    field.has("label") || field.has("group")
                        ? FieldValueJson.readOption(field)
                        : FieldValueJson.read(field.get("value"))
                            .orElse(new FieldValue.Text("")))));
  }

  private static FieldDefinition readFieldDefinition(JsonNode json) {
    return new FieldDefinition(
        json.path("id").asText(),
        text(json, "label").orElse(""),
        FieldType.fromWireName(json.path("type").asText()),
        json.path("required").asBoolean(false),
        json.path("hidden").asBoolean(false),
        FieldValueJson.read(json.get("default_value")));
  }

  private static Feature readFeature(JsonNode json) {
    List<FeatureStep> steps = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      steps.addAll(
          list(json.path("feature_" + kind.pathSegment()), step -> readFeatureStep(kind, step)));
    }
    return new Feature(
        json.path("id").asText(),
        text(json, "title").orElse(""),
        text(json, "description"),
        text(json, "icon_url"),
        text(json, "field_options_url"),
        list(json.path("fields"), ConnectionJson::readFieldDefinition),
        steps);
  }

  private static FeatureStep readFeatureStep(StepKind kind, JsonNode json) {
    return new FeatureStep(
        json.path("id").asText(),
        kind,
        new StepRef(json.path("service_id").asText(), json.path(stepIdKey(kind)).asText()),
        text(json, "label").orElse(""),
        text(json, "field_options_url"),
        text(json, "run_url"),
        list(json.path("fields"), ConnectionJson::readFieldDefinition));
  }

  /** Reads {@code user_features} of a user connection or of an update body. */
  static List<UserFeature> readUserFeatures(JsonNode json) {
    return list(
        json,
        feature -> {
          List<UserFeatureStep> steps = new ArrayList<>();
          for (StepKind kind : StepKind.values()) {
            steps.addAll(
                list(
                    feature.path("user_feature_" + kind.pathSegment()),
                    step ->
                        new UserFeatureStep(
                            text(step, "id"),
                            kind,
                            step.path(featureStepIdKey(kind)).asText(),
                            readUserFields(step.path("user_fields")))));
          }
          return new UserFeature(
              text(feature, "id"),
              feature.path("feature_id").asText(),
              feature.path("enabled").asBoolean(true),
              readUserFields(feature.path("user_fields")),
              steps);
        });
  }

  private static List<UserField> readUserFields(JsonNode json) {
    return list(
        json,
        field ->
            new UserField(
                field.path("field_id").asText(),
                text(field, "field_type").map(FieldType::fromWireName),
                FieldValueJson.read(field.get("value")).orElse(new FieldValue.Text(""))));
  }

  /** Writes the snapshot as the Connect API shows it. */
  static ObjectNode write(ConnectionSnapshot snapshot) {
    Connection connection = snapshot.definition();
    ObjectNode json = NODES.objectNode();
    json.put("type", "connection");
    json.put("id", connection.id().value());
    json.put("name", connection.name());
    json.put("description", connection.description());
    json.put("url", connection.url().orElse(null));
    if (connection.enabledCount().isPresent()) {
      long count = connection.enabledCount().get();
      if (count == (int) count) {
        json.put("enabled_count", (int) count);
      } else {
        json.put("enabled_count", count);
      }
    } else {
      json.putNull("enabled_count");
    }
    json.put("user_status", snapshot.userStatus().map(UserConnectionStatus::wireName).orElse(null));
    ArrayNode services = json.putArray("services");
    connection.services().forEach(service -> services.add(writeService(service)));
    ArrayNode propositions = json.putArray("value_propositions");
    for (Connection.ValueProposition proposition : connection.valuePropositions()) {
      propositions
          .addObject()
          .put("description", proposition.description())
          .put("icon_url", proposition.iconUrl().orElse(null));
    }
    ArrayNode features = json.putArray("features");
    connection.features().forEach(feature -> features.add(writeFeature(feature)));
    snapshot
        .userConnection()
        .ifPresent(
            uc ->
                json.putObject("user_connection")
                    .set("user_features", writeUserFeatures(uc.features())));
    return json;
  }

  private static ObjectNode writeService(ConnectService service) {
    ObjectNode json = NODES.objectNode();
    json.put("service_id", service.serviceId());
    json.put("service_name", service.branding().name().orElse(null));
    json.put("service_short_name", service.branding().shortName().orElse(null));
    json.put("is_primary", service.primary());
    json.put("monochrome_icon_url", service.branding().monochromeIconUrl().orElse(null));
    json.put("color_icon_url", service.branding().colorIconUrl().orElse(null));
    json.put("brand_color", service.branding().brandColor().orElse(null));
    json.put("url", service.branding().url().orElse(null));
    for (StepKind kind : StepKind.values()) {
      ArrayNode steps = json.putArray(kind.pathSegment());
      for (ServiceStep step : service.steps(kind)) {
        ObjectNode stepJson = steps.addObject();
        stepJson.put("id", step.id());
        stepJson.put("label", step.label());
        stepJson.put("field_options_url", step.fieldOptionsUrl().orElse(null));
        stepJson.put("run_url", step.runUrl().orElse(null));
        stepJson.set("fields", writeFieldDefinitions(step.fields()));
        if (!step.legacyUserSteps().isEmpty()) {
          ArrayNode legacy = stepJson.putArray(legacyUserStepsKey(kind));
          for (ServiceStep.LegacyUserStep userStep : step.legacyUserSteps()) {
            ObjectNode userStepJson = legacy.addObject();
            userStepJson.put("run_url", userStep.runUrl().orElse(null));
            ArrayNode fields = userStepJson.putArray("fields");
            for (ServiceStep.LegacyUserField field : userStep.fields()) {
              ObjectNode fieldJson = fields.addObject().put("id", field.id());
              if (field.value() instanceof FieldValue.Option option) {
                fieldJson.put("group", option.group().orElse(null));
                fieldJson.put("label", option.label());
                fieldJson.put("value", option.value());
              } else {
                fieldJson.set("value", FieldValueJson.write(field.value()));
              }
            }
          }
        }
      }
    }
    return json;
  }

  private static ObjectNode writeFeature(Feature feature) {
    ObjectNode json = NODES.objectNode();
    json.put("id", feature.id());
    json.put("title", feature.title());
    json.put("description", feature.description().orElse(null));
    json.put("icon_url", feature.iconUrl().orElse(null));
    json.put("field_options_url", feature.fieldOptionsUrl().orElse(null));
    json.set("fields", writeFieldDefinitions(feature.fields()));
    for (StepKind kind : StepKind.values()) {
      ArrayNode steps = json.putArray("feature_" + kind.pathSegment());
      for (FeatureStep step : feature.steps(kind)) {
        ObjectNode stepJson = steps.addObject();
        stepJson.put("id", step.id());
        stepJson.put(stepIdKey(kind), step.step().stepId());
        stepJson.put("service_id", step.step().serviceId());
        stepJson.put("label", step.label());
        stepJson.put("field_options_url", step.fieldOptionsUrl().orElse(null));
        stepJson.put("run_url", step.runUrl().orElse(null));
        stepJson.set("fields", writeFieldDefinitions(step.fields()));
      }
    }
    return json;
  }

  private static ArrayNode writeFieldDefinitions(List<FieldDefinition> fields) {
    ArrayNode json = NODES.arrayNode();
    for (FieldDefinition field : fields) {
      ObjectNode fieldJson = json.addObject();
      fieldJson.put("id", field.id());
      fieldJson.put("label", field.label());
      fieldJson.put("type", field.type().name());
      fieldJson.put("required", field.required());
      fieldJson.put("hidden", field.hidden());
      fieldJson.set("default_value", FieldValueJson.writeDefault(field.defaultValue()));
    }
    return json;
  }

  /** Writes {@code user_features} as shown by the API and as sent in an update. */
  static ArrayNode writeUserFeatures(List<UserFeature> features) {
    ArrayNode json = NODES.arrayNode();
    for (UserFeature feature : features) {
      ObjectNode featureJson = json.addObject();
      feature.id().ifPresent(id -> featureJson.put("id", id));
      featureJson.put("feature_id", feature.featureId());
      featureJson.put("enabled", feature.enabled());
      featureJson.set("user_fields", writeUserFields(feature.fields()));
      for (StepKind kind : StepKind.values()) {
        ArrayNode steps = featureJson.putArray("user_feature_" + kind.pathSegment());
        for (UserFeatureStep step : feature.steps(kind)) {
          ObjectNode stepJson = steps.addObject();
          step.id().ifPresent(id -> stepJson.put("id", id));
          stepJson.put(featureStepIdKey(kind), step.featureStepId());
          stepJson.set("user_fields", writeUserFields(step.fields()));
        }
      }
    }
    return json;
  }

  private static ArrayNode writeUserFields(List<UserField> fields) {
    ArrayNode json = NODES.arrayNode();
    for (UserField field : fields) {
      ObjectNode fieldJson = json.addObject();
      fieldJson.put("field_id", field.fieldId());
      field.fieldType().ifPresent(type -> fieldJson.put("field_type", type.name()));
      fieldJson.set("value", FieldValueJson.write(field.value()));
    }
    return json;
  }

  private static String kindName(StepKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String stepIdKey(StepKind kind) {
    return kindName(kind) + "_id";
  }

  private static String featureStepIdKey(StepKind kind) {
    return "feature_" + kindName(kind) + "_id";
  }

  private static String legacyUserStepsKey(StepKind kind) {
    return "user_" + kind.pathSegment();
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    List<T> result = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(item -> result.add(read.apply(item)));
    }
    return result;
  }
}
