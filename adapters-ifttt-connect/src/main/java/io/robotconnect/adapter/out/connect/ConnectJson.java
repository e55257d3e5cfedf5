package io.robotconnect.adapter.out.connect;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the Connect API v2 and of the Realtime API as IFTTT writes them, in the order of
 * their keys. Read leniently (unknown keys ignored, a missing or {@code null} list is empty); the
 * keys a record always writes, even as {@code null}, are those IFTTT shows that way.
 */
final class ConnectJson {
  private ConnectJson() {}

  /** A body of IFTTT's: snake_case keys, unknown keys ignored. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @JacksonAnnotationsInside
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @interface Body {}

  // ---- field values -------------------------------------------------------------------------

  /**
   * A field's value: text as a string, a dropdown option as {@code {group, label, value}}, a
   * location as {@code {lat, lng, radius, address, description, zoom}} with numbers; the default
   * values of location fields use {@code latitude}/{@code longitude} and strings.
   */
  sealed interface Value permits Text, Option, Location, DefaultLocation {
    /**
     * Reads every shape IFTTT sends: an object with {@code lat} or {@code latitude} is a location
     * (numbers or numeric strings, either spelling of each coordinate), another object with a
     * {@code value} an option, any other scalar text.
     *
     * @throws IllegalArgumentException for any other shape
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Value read(JsonNode json) {
      if (json == null || json.isNull() || json.isMissingNode()) {
        return null;
      }
      if (json.isObject()) {
        if (json.has("lat") || json.has("latitude")) {
          return Location.read(json);
        }
        if (json.has("value")) {
          return Option.read(json);
        }
      } else if (json.isValueNode()) {
        return new Text(json.asText());
      }
      throw new IllegalArgumentException("unknown field value shape: " + json);
    }
  }

  /** Free text, written as a bare string. */
  record Text(@JsonValue String value) implements Value {}

  /** A dropdown option ({@code group} written even when {@code null}). */
  @Body
  @JsonInclude(ALWAYS)
  record Option(String group, String label, String value) implements Value {
    static Option read(JsonNode json) {
      return new Option(text(json, "group"), text(json, "label"), json.path("value").asText());
    }
  }

  /** A location as a user's value: numbers, the optional parts left out when absent. */
  @Body
  @JsonInclude(NON_NULL)
  record Location(
      double lat, double lng, Double radius, String address, String description, Integer zoom)
      implements Value {
    static Location read(JsonNode json) {
      Double lat = number(json, json.has("lat") ? "lat" : "latitude");
      Double lng = number(json, json.has("lng") ? "lng" : "longitude");
      if (lat == null) {
        throw new IllegalArgumentException("location without latitude");
      }
      if (lng == null) {
        throw new IllegalArgumentException("location without longitude");
      }
      Double radius = number(json, "radius");
      Double zoom = number(json, "zoom");
      return new Location(
          lat,
          lng,
          radius,
          text(json, "address"),
          text(json, "description"),
          zoom == null ? null : zoom.intValue());
    }
  }

  /** A location as a field's default value: long names, every number as a string. */
  @Body
  @JsonInclude(NON_NULL)
  record DefaultLocation(
      String latitude,
      String longitude,
      String radius,
      String address,
      String description,
      String zoom)
      implements Value {}

  // ---- a connection, as shown by the Connect API and in the bundled definition files ---------

  /** {@code GET /v2/connections/{id}}; {@code user_connection} only when asked for a user. */
  @Body
  @JsonInclude(ALWAYS)
  record Connection(
      String type,
      String id,
      String name,
      String description,
      String url,
      Long enabledCount,
      String userStatus,
      List<Service> services,
      List<ValueProposition> valuePropositions,
      List<Feature> features,
      @JsonInclude(NON_NULL) UserConnection userConnection) {}

  @Body
  @JsonInclude(ALWAYS)
  record Service(
      String serviceId,
      String serviceName,
      String serviceShortName,
      @JsonProperty("is_primary") Boolean primary,
      String monochromeIconUrl,
      String colorIconUrl,
      String brandColor,
      String url,
      List<ServiceStep> triggers,
      List<ServiceStep> queries,
      List<ServiceStep> actions) {}

  /** A trigger, query or action of a service; IFTTT's deprecated copy of the user's choices. */
  @Body
  @JsonInclude(ALWAYS)
  record ServiceStep(
      String id,
      String label,
      String fieldOptionsUrl,
      String runUrl,
      List<FieldDefinition> fields,
      @JsonInclude(NON_NULL) List<LegacyUserStep> userTriggers,
      @JsonInclude(NON_NULL) List<LegacyUserStep> userQueries,
      @JsonInclude(NON_NULL) List<LegacyUserStep> userActions) {}

  @Body
  @JsonInclude(ALWAYS)
  record LegacyUserStep(String runUrl, List<LegacyUserField> fields) {}

  /** A field of a legacy user step: an option with its id, or an id with a value. */
  sealed interface LegacyUserField permits LegacyOption, LegacyValue {
    /** A field with a {@code label} or {@code group} key (even {@code null}) is an option. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LegacyUserField read(JsonNode json) {
      if (json.has("label") || json.has("group")) {
        Option option = Option.read(json);
        return new LegacyOption(
            json.path("id").asText(), option.group(), option.label(), option.value());
      }
      return new LegacyValue(json.path("id").asText(), Value.read(json.get("value")));
    }
  }

  @Body
  @JsonInclude(ALWAYS)
  record LegacyOption(String id, String group, String label, String value)
      implements LegacyUserField {}

  @Body
  @JsonInclude(ALWAYS)
  record LegacyValue(String id, Value value) implements LegacyUserField {}

  /** A field of a step or feature; its type is IFTTT's name, e.g. {@code TEXT_FIELD}. */
  @Body
  @JsonInclude(ALWAYS)
  record FieldDefinition(
      String id, String label, String type, Boolean required, Boolean hidden, Value defaultValue) {}

  @Body
  @JsonInclude(ALWAYS)
  record Feature(
      String id,
      String title,
      String description,
      String iconUrl,
      String fieldOptionsUrl,
      List<FieldDefinition> fields,
      List<FeatureStep> featureTriggers,
      List<FeatureStep> featureQueries,
      List<FeatureStep> featureActions) {}

  /**
   * A feature's use of a service step: {@code trigger_id}, {@code query_id} or {@code action_id}.
   */
  @Body
  @JsonInclude(ALWAYS)
  record FeatureStep(
      String id,
      @JsonInclude(NON_NULL) String triggerId,
      @JsonInclude(NON_NULL) String queryId,
      @JsonInclude(NON_NULL) String actionId,
      String serviceId,
      String label,
      String fieldOptionsUrl,
      String runUrl,
      List<FieldDefinition> fields) {}

  @Body
  @JsonInclude(ALWAYS)
  record ValueProposition(String description, String iconUrl) {}

  /** A user's configuration, as shown and as sent by {@code PUT .../user_connection}. */
  @Body
  @JsonInclude(ALWAYS)
  record UserConnection(List<UserFeature> userFeatures) {}

  @Body
  @JsonInclude(ALWAYS)
  record UserFeature(
      @JsonInclude(NON_NULL) String id,
      String featureId,
      Boolean enabled,
      List<UserField> userFields,
      List<UserFeatureStep> userFeatureTriggers,
      List<UserFeatureStep> userFeatureQueries,
      List<UserFeatureStep> userFeatureActions) {}

  /** One of {@code feature_trigger_id}, {@code feature_query_id}, {@code feature_action_id}. */
  @Body
  @JsonInclude(ALWAYS)
  record UserFeatureStep(
      @JsonInclude(NON_NULL) String id,
      @JsonInclude(NON_NULL) String featureTriggerId,
      @JsonInclude(NON_NULL) String featureQueryId,
      @JsonInclude(NON_NULL) String featureActionId,
      List<UserField> userFields) {}

  @Body
  @JsonInclude(ALWAYS)
  record UserField(String fieldId, @JsonInclude(NON_NULL) String fieldType, Value value) {}

  // ---- the other requests of the Connect API -------------------------------------------------

  /** {@code POST /v2/connections/{id}}: the deprecated update of single fields, per service. */
  @Body
  @JsonInclude(ALWAYS)
  record LegacyUpdate(String userId, List<LegacyServiceUpdate> services) {}

  @Body
  @JsonInclude(ALWAYS)
  record LegacyServiceUpdate(
      String serviceId,
      List<LegacyStepUpdate> triggers,
      List<LegacyStepUpdate> queries,
      List<LegacyStepUpdate> actions) {}

  @Body
  @JsonInclude(NON_NULL)
  record LegacyStepUpdate(
      String id,
      List<LegacyUserStepUpdate> userTriggers,
      List<LegacyUserStepUpdate> userQueries,
      List<LegacyUserStepUpdate> userActions) {}

  @Body
  @JsonInclude(ALWAYS)
  record LegacyUserStepUpdate(List<LegacyValue> fields) {}

  /** {@code POST .../triggers/{id}/test}. */
  @Body
  @JsonInclude(NON_NULL)
  record TestTrigger(String userId, String userFeatureId) {}

  /** {@code POST .../queries/{id}/perform}; only the options given are sent. */
  @Body
  @JsonInclude(NON_NULL)
  record PerformQuery(
      String userId,
      Map<String, Value> fields,
      String userFeatureId,
      List<String> includes,
      Integer limit,
      String cursor) {}

  /** {@code POST .../actions/{id}/run}; only the options given are sent. */
  @Body
  @JsonInclude(NON_NULL)
  record RunAction(String userId, Map<String, Value> fields, String userFeatureId) {}

  /** {@code POST /v2/provisional_access_code}. */
  @Body
  @JsonInclude(ALWAYS)
  record ProvisionalAccessCodeRequest(String oauthCode) {}

  // ---- the other answers of the Connect API --------------------------------------------------

  /** {@code GET /v2/me}. */
  @Body
  record Me(String authenticationLevel, String serviceId, String userLogin) {}

  /** {@code GET .../field_options}: the options of each dropdown field by field id. */
  @Body
  record FieldOptions(Map<String, List<Option>> options) {}

  /** {@code POST .../queries/{id}/perform}: items as JSON-like trees. */
  @Body
  record QueryPage(String type, List<Map<String, Object>> data, Next next) {}

  @Body
  record Next(Map<String, Object> fields, String cursor) {}

  @Body
  record ProvisionalAccessCode(String provisionalAccessCode) {}

  /** {@code {"type":"error","code","message","details":[{"parameter","message"}]}}. */
  @Body
  record ErrorAnswer(String code, String message, List<ErrorDetail> details) {}

  @Body
  record ErrorDetail(String parameter, String message) {}

  // ---- the Realtime API ----------------------------------------------------------------------

  /** {@code POST /v1/notifications}: trigger identities and users with something new. */
  @Body
  @JsonInclude(ALWAYS)
  record Notifications(List<Notification> data) {}

  /** One of {@code trigger_identity} or {@code user_id}. */
  @Body
  @JsonInclude(NON_NULL)
  record Notification(String triggerIdentity, String userId) {}

  /**
   * Reads {@code text} as a {@code type}.
   *
   * @throws IllegalArgumentException when a field value has a shape IFTTT does not write
   * @throws IOException when it is not JSON or not of that type
   */
  static <T> T read(ObjectMapper json, String text, Class<T> type) throws IOException {
    try {
      return json.readValue(text, type);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof IllegalArgumentException refused) {
        throw refused;
      }
      throw e;
    }
  }

  /** The body as JSON text. */
  static String write(ObjectMapper json, Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request body is always writable", e);
    }
  }

  // ---- reading the field values IFTTT writes in more than one way ----------------------------

  private static String text(JsonNode json, String key) {
    JsonNode value = json.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Double number(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    try {
      return Double.parseDouble(value.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number: " + value, e);
    }
  }
}
