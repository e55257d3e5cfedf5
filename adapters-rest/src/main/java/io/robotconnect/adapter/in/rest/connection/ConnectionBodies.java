package io.robotconnect.adapter.in.rest.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.FieldDefinition;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserFeatureStep;
import io.robotconnect.domain.connection.UserField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bodies the owner-app connection API answers. User features use the Connect API's shape, so an
 * app can send back what it was shown ({@link ConnectionRequest} reads them). A key the Connect API
 * always has is written even when its value is null; the optional ones are left out when empty.
 */
final class ConnectionBodies {
  private ConnectionBodies() {}

  /** A connection's definition and, when the owner has one, the owner's configuration. */
  @JsonInclude(Include.ALWAYS)
  record Snapshot(
      String id,
      String name,
      String description,
      @JsonProperty("user_status") String userStatus,
      boolean pending,
      List<FeatureBody> features,
      @JsonProperty("user_connection") @JsonInclude(Include.NON_NULL)
          UserConnectionBody userConnection) {
    static Snapshot of(ConnectionSnapshot snapshot) {
      Connection connection = snapshot.definition();
      return new Snapshot(
          connection.id().value(),
          connection.name(),
          connection.description(),
          snapshot.userStatus().map(UserConnectionStatus::wireName).orElse(null),
          snapshot.userConnection().map(UserConnection::pending).orElse(false),
          list(connection.features(), FeatureBody::of),
          snapshot
              .userConnection()
              .map(uc -> new UserConnectionBody(list(uc.features(), UserFeatureBody::of)))
              .orElse(null));
    }
  }

  @JsonInclude(Include.ALWAYS)
  record FeatureBody(
      String id,
      String title,
      String description,
      List<FieldBody> fields,
      @JsonProperty("feature_triggers") List<StepBody> featureTriggers,
      @JsonProperty("feature_queries") List<StepBody> featureQueries,
      @JsonProperty("feature_actions") List<StepBody> featureActions) {
    static FeatureBody of(Feature feature) {
      return new FeatureBody(
          feature.id(),
          feature.title(),
          feature.description().orElse(null),
          list(feature.fields(), FieldBody::of),
          steps(feature, StepKind.TRIGGER),
          steps(feature, StepKind.QUERY),
          steps(feature, StepKind.ACTION));
    }

    private static List<StepBody> steps(Feature feature, StepKind kind) {
      return list(feature.steps(kind), step -> StepBody.of(kind, step));
    }
  }

  /** A feature step; of the three step ids only the one of its kind is written. */
  @JsonInclude(Include.ALWAYS)
  record StepBody(
      String id,
      @JsonProperty("trigger_id") @JsonInclude(Include.NON_NULL) String triggerId,
      @JsonProperty("query_id") @JsonInclude(Include.NON_NULL) String queryId,
      @JsonProperty("action_id") @JsonInclude(Include.NON_NULL) String actionId,
      String label,
      List<FieldBody> fields) {
    static StepBody of(StepKind kind, FeatureStep step) {
      String ref = step.step().qualified();
      return new StepBody(
          step.id(),
          kind == StepKind.TRIGGER ? ref : null,
          kind == StepKind.QUERY ? ref : null,
          kind == StepKind.ACTION ? ref : null,
          step.label(),
          list(step.fields(), FieldBody::of));
    }
  }

  @JsonInclude(Include.ALWAYS)
  record FieldBody(
      String id,
      String label,
      String type,
      boolean required,
      boolean hidden,
      @JsonProperty("default_value") ValueBody defaultValue) {
    static FieldBody of(FieldDefinition field) {
      return new FieldBody(
          field.id(),
          field.label(),
          field.type().name(),
          field.required(),
          field.hidden(),
          field.defaultValue().map(ValueBody::of).orElse(null));
    }
  }

  record UserConnectionBody(@JsonProperty("user_features") List<UserFeatureBody> userFeatures) {}

  @JsonInclude(Include.ALWAYS)
  record UserFeatureBody(
      @JsonInclude(Include.NON_NULL) String id,
      @JsonProperty("feature_id") String featureId,
      boolean enabled,
      @JsonProperty("user_fields") List<UserFieldBody> userFields,
      @JsonProperty("user_feature_triggers") List<UserStepBody> userFeatureTriggers,
      @JsonProperty("user_feature_queries") List<UserStepBody> userFeatureQueries,
      @JsonProperty("user_feature_actions") List<UserStepBody> userFeatureActions) {
    static UserFeatureBody of(UserFeature feature) {
      return new UserFeatureBody(
          feature.id().orElse(null),
          feature.featureId(),
          feature.enabled(),
          list(feature.fields(), UserFieldBody::of),
          steps(feature, StepKind.TRIGGER),
          steps(feature, StepKind.QUERY),
          steps(feature, StepKind.ACTION));
    }

    private static List<UserStepBody> steps(UserFeature feature, StepKind kind) {
      return list(feature.steps(kind), step -> UserStepBody.of(kind, step));
    }
  }

  /** A user feature step; of the three feature step ids only the one of its kind is written. */
  @JsonInclude(Include.ALWAYS)
  record UserStepBody(
      @JsonInclude(Include.NON_NULL) String id,
      @JsonProperty("feature_trigger_id") @JsonInclude(Include.NON_NULL) String featureTriggerId,
      @JsonProperty("feature_query_id") @JsonInclude(Include.NON_NULL) String featureQueryId,
      @JsonProperty("feature_action_id") @JsonInclude(Include.NON_NULL) String featureActionId,
      @JsonProperty("user_fields") List<UserFieldBody> userFields) {
    static UserStepBody of(StepKind kind, UserFeatureStep step) {
      String ref = step.featureStepId();
      return new UserStepBody(
          step.id().orElse(null),
          kind == StepKind.TRIGGER ? ref : null,
          kind == StepKind.QUERY ? ref : null,
          kind == StepKind.ACTION ? ref : null,
          list(step.fields(), UserFieldBody::of));
    }
  }

  @JsonInclude(Include.ALWAYS)
  record UserFieldBody(
      @JsonProperty("field_id") String fieldId,
      @JsonProperty("field_type") @JsonInclude(Include.NON_NULL) String fieldType,
      ValueBody value) {
    static UserFieldBody of(UserField field) {
      return new UserFieldBody(
          field.fieldId(),
          field.fieldType().map(FieldType::name).orElse(null),
          ValueBody.of(field.value()));
    }
  }

  /** A field's value: a bare text, a dropdown option or a location. */
  sealed interface ValueBody permits TextBody, OptionBody, LocationBody {
    static ValueBody of(FieldValue value) {
      if (value instanceof FieldValue.Text text) {
        return new TextBody(text.value());
      }
      if (value instanceof FieldValue.Option option) {
        return OptionBody.of(option);
      }
      FieldValue.Location location = (FieldValue.Location) value;
      return new LocationBody(
          location.lat(),
          location.lng(),
          location.radius().orElse(null),
          location.address().orElse(null),
          location.description().orElse(null),
          location.zoom().orElse(null));
    }
  }

  record TextBody(@JsonValue String text) implements ValueBody {}

  @JsonInclude(Include.ALWAYS)
  record OptionBody(String group, String label, String value) implements ValueBody {
    static OptionBody of(FieldValue.Option option) {
      return new OptionBody(option.group().orElse(null), option.label(), option.value());
    }
  }

  @JsonInclude(Include.NON_NULL)
  record LocationBody(
      double lat, double lng, Double radius, String address, String description, Integer zoom)
      implements ValueBody {}

  /** The choices of a step's dropdown fields, by field id in the order IFTTT gave them. */
  record FieldOptionsBody(String type, Map<String, List<OptionBody>> options) {
    static FieldOptionsBody of(Map<String, List<FieldValue.Option>> options) {
      Map<String, List<OptionBody>> byField = new LinkedHashMap<>();
      options.forEach((field, values) -> byField.put(field, list(values, OptionBody::of)));
      return new FieldOptionsBody("field_options", byField);
    }
  }

  /** A page of a query's results, each item as IFTTT gave it, nulls included. */
  record QueryPageBody(
      String type,
      @JsonInclude(content = Include.ALWAYS) List<Map<String, Object>> data,
      @JsonInclude(Include.NON_NULL) NextPageBody next) {
    static QueryPageBody of(ConnectApiPort.QueryPage page) {
      return new QueryPageBody(
          page.type(),
          page.items(),
          page.next().map(n -> new NextPageBody(n.fields(), n.cursor())).orElse(null));
    }
  }

  @JsonInclude(Include.ALWAYS)
  record NextPageBody(
      @JsonInclude(content = Include.ALWAYS) Map<String, Object> fields, String cursor) {}

  record ConnectUrlBody(@JsonProperty("connect_url") String connectUrl) {}

  private static <T, B> List<B> list(List<T> items, Function<T, B> body) {
    return items.stream().map(body).toList();
  }
}
