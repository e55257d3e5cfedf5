package io.robotconnect.adapter.out.connect;

import io.robotconnect.application.port.out.ConnectApiPort;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Connect API's connection JSON, read into the domain and written back without loss. */
final class ConnectionMapper {
  private ConnectionMapper() {}

  /** A {@code show a connection} answer; the user connection belongs to {@code user}. */
  static ConnectionSnapshot toSnapshot(ConnectJson.Connection json, Optional<OwnerId> user) {
    Connection definition = toDefinition(json);
    Optional<UserConnectionStatus> status =
        Optional.ofNullable(json.userStatus()).map(UserConnectionStatus::fromWireName);
    Optional<UserConnection> userConnection = Optional.empty();
    if (user.isPresent() && json.userConnection() != null) {
      userConnection =
          Optional.of(
              UserConnection.of(
                  user.get(),
                  definition,
                  status.orElse(UserConnectionStatus.ENABLED),
                  false,
                  toUserFeatures(json.userConnection().userFeatures())));
    }
    return new ConnectionSnapshot(definition, status, userConnection);
  }

  static Connection toDefinition(ConnectJson.Connection json) {
    return new Connection(
        new ConnectionId(orEmpty(json.id())),
        orEmpty(json.name()),
        orEmpty(json.description()),
        Optional.ofNullable(json.url()),
        Optional.ofNullable(json.enabledCount()),
        list(json.services(), ConnectionMapper::toService),
        list(json.features(), ConnectionMapper::toFeature),
        list(
            json.valuePropositions(),
            v ->
                new Connection.ValueProposition(
                    orEmpty(v.description()), Optional.ofNullable(v.iconUrl()))));
  }

  private static ConnectService toService(ConnectJson.Service json) {
    List<ServiceStep> steps = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      steps.addAll(list(steps(json, kind), step -> toServiceStep(kind, step)));
    }
    return new ConnectService(
        orEmpty(json.serviceId()),
        new ConnectService.ServiceBranding(
            Optional.ofNullable(json.serviceName()),
            Optional.ofNullable(json.serviceShortName()),
            Optional.ofNullable(json.monochromeIconUrl()),
            Optional.ofNullable(json.colorIconUrl()),
            Optional.ofNullable(json.brandColor()),
            Optional.ofNullable(json.url())),
        Boolean.TRUE.equals(json.primary()),
        steps);
  }

  private static ServiceStep toServiceStep(StepKind kind, ConnectJson.ServiceStep json) {
    return new ServiceStep(
        kind,
        orEmpty(json.id()),
        orEmpty(json.label()),
        Optional.ofNullable(json.fieldOptionsUrl()),
        Optional.ofNullable(json.runUrl()),
        list(json.fields(), ConnectionMapper::toFieldDefinition),
        list(legacyUserSteps(json, kind), ConnectionMapper::toLegacyUserStep));
  }

  private static ServiceStep.LegacyUserStep toLegacyUserStep(ConnectJson.LegacyUserStep json) {
    return new ServiceStep.LegacyUserStep(
        Optional.ofNullable(json.runUrl()),
        list(json.fields(), ConnectionMapper::toLegacyUserField));
  }

  private static ServiceStep.LegacyUserField toLegacyUserField(ConnectJson.LegacyUserField json) {
    if (json instanceof ConnectJson.LegacyOption option) {
      return new ServiceStep.LegacyUserField(
          option.id(),
          FieldValueMapper.toDomain(
              new ConnectJson.Option(option.group(), option.label(), option.value())));
    }
    ConnectJson.LegacyValue field = (ConnectJson.LegacyValue) json;
    return new ServiceStep.LegacyUserField(field.id(), userValue(field.value()));
  }

  private static FieldDefinition toFieldDefinition(ConnectJson.FieldDefinition json) {
    return new FieldDefinition(
        orEmpty(json.id()),
        orEmpty(json.label()),
        FieldType.fromWireName(orEmpty(json.type())),
        Boolean.TRUE.equals(json.required()),
        Boolean.TRUE.equals(json.hidden()),
        FieldValueMapper.toDomain(json.defaultValue()));
  }

  private static Feature toFeature(ConnectJson.Feature json) {
    List<FeatureStep> steps = new ArrayList<>();
    for (StepKind kind : StepKind.values()) {
      steps.addAll(list(steps(json, kind), step -> toFeatureStep(kind, step)));
    }
    return new Feature(
        orEmpty(json.id()),
        orEmpty(json.title()),
        Optional.ofNullable(json.description()),
        Optional.ofNullable(json.iconUrl()),
        Optional.ofNullable(json.fieldOptionsUrl()),
        list(json.fields(), ConnectionMapper::toFieldDefinition),
        steps);
  }

  private static FeatureStep toFeatureStep(StepKind kind, ConnectJson.FeatureStep json) {
    String stepId =
        switch (kind) {
          case TRIGGER -> json.triggerId();
          case QUERY -> json.queryId();
          case ACTION -> json.actionId();
        };
    return new FeatureStep(
        orEmpty(json.id()),
        kind,
        new StepRef(orEmpty(json.serviceId()), orEmpty(stepId)),
        orEmpty(json.label()),
        Optional.ofNullable(json.fieldOptionsUrl()),
        Optional.ofNullable(json.runUrl()),
        list(json.fields(), ConnectionMapper::toFieldDefinition));
  }

  private static List<UserFeature> toUserFeatures(List<ConnectJson.UserFeature> json) {
    return list(
        json,
        feature -> {
          List<UserFeatureStep> steps = new ArrayList<>();
          for (StepKind kind : StepKind.values()) {
            steps.addAll(
                list(
                    steps(feature, kind),
                    step ->
                        new UserFeatureStep(
                            Optional.ofNullable(step.id()),
                            kind,
                            orEmpty(featureStepId(step, kind)),
                            toUserFields(step.userFields()))));
          }
          return new UserFeature(
              Optional.ofNullable(feature.id()),
              orEmpty(feature.featureId()),
              !Boolean.FALSE.equals(feature.enabled()),
              toUserFields(feature.userFields()),
              steps);
        });
  }

  private static List<UserField> toUserFields(List<ConnectJson.UserField> json) {
    return list(
        json,
        field ->
            new UserField(
                orEmpty(field.fieldId()),
                Optional.ofNullable(field.fieldType()).map(FieldType::fromWireName),
                userValue(field.value())));
  }

  /** A user's value; none is empty text. */
  private static FieldValue userValue(ConnectJson.Value json) {
    return FieldValueMapper.toDomain(json).orElse(new FieldValue.Text(""));
  }

  /** The snapshot as the Connect API shows it. */
  static ConnectJson.Connection toJson(ConnectionSnapshot snapshot) {
    Connection connection = snapshot.definition();
    return new ConnectJson.Connection(
        "connection",
        connection.id().value(),
        connection.name(),
        connection.description(),
        connection.url().orElse(null),
        connection.enabledCount().orElse(null),
        snapshot.userStatus().map(UserConnectionStatus::wireName).orElse(null),
        connection.services().stream().map(ConnectionMapper::toJson).toList(),
        connection.valuePropositions().stream()
            .map(p -> new ConnectJson.ValueProposition(p.description(), p.iconUrl().orElse(null)))
            .toList(),
        connection.features().stream().map(ConnectionMapper::toJson).toList(),
        snapshot.userConnection().map(uc -> toUserConnection(uc.features())).orElse(null));
  }

  private static ConnectJson.Service toJson(ConnectService service) {
    ConnectService.ServiceBranding branding = service.branding();
    return new ConnectJson.Service(
        service.serviceId(),
        branding.name().orElse(null),
        branding.shortName().orElse(null),
        service.primary(),
        branding.monochromeIconUrl().orElse(null),
        branding.colorIconUrl().orElse(null),
        branding.brandColor().orElse(null),
        branding.url().orElse(null),
        serviceStepsJson(service, StepKind.TRIGGER),
        serviceStepsJson(service, StepKind.QUERY),
        serviceStepsJson(service, StepKind.ACTION));
  }

  private static List<ConnectJson.ServiceStep> serviceStepsJson(
      ConnectService service, StepKind kind) {
    return service.steps(kind).stream()
        .map(
            step -> {
              List<ConnectJson.LegacyUserStep> legacy =
                  step.legacyUserSteps().isEmpty()
                      ? null
                      : step.legacyUserSteps().stream().map(ConnectionMapper::toJson).toList();
              return new ConnectJson.ServiceStep(
                  step.id(),
                  step.label(),
                  step.fieldOptionsUrl().orElse(null),
                  step.runUrl().orElse(null),
                  toFieldDefinitionsJson(step.fields()),
                  kind == StepKind.TRIGGER ? legacy : null,
                  kind == StepKind.QUERY ? legacy : null,
                  kind == StepKind.ACTION ? legacy : null);
            })
        .toList();
  }

  private static ConnectJson.LegacyUserStep toJson(ServiceStep.LegacyUserStep step) {
    return new ConnectJson.LegacyUserStep(
        step.runUrl().orElse(null), step.fields().stream().map(ConnectionMapper::toJson).toList());
  }

  private static ConnectJson.LegacyUserField toJson(ServiceStep.LegacyUserField field) {
    if (field.value() instanceof FieldValue.Option option) {
      return new ConnectJson.LegacyOption(
          field.id(), option.group().orElse(null), option.label(), option.value());
    }
    return new ConnectJson.LegacyValue(field.id(), FieldValueMapper.toJson(field.value()));
  }

  private static ConnectJson.Feature toJson(Feature feature) {
    return new ConnectJson.Feature(
        feature.id(),
        feature.title(),
        feature.description().orElse(null),
        feature.iconUrl().orElse(null),
        feature.fieldOptionsUrl().orElse(null),
        toFieldDefinitionsJson(feature.fields()),
        featureStepsJson(feature, StepKind.TRIGGER),
        featureStepsJson(feature, StepKind.QUERY),
        featureStepsJson(feature, StepKind.ACTION));
  }

  private static List<ConnectJson.FeatureStep> featureStepsJson(Feature feature, StepKind kind) {
    return feature.steps(kind).stream()
        .map(
            step ->
                new ConnectJson.FeatureStep(
                    step.id(),
                    kind == StepKind.TRIGGER ? step.step().stepId() : null,
                    kind == StepKind.QUERY ? step.step().stepId() : null,
                    kind == StepKind.ACTION ? step.step().stepId() : null,
                    step.step().serviceId(),
                    step.label(),
                    step.fieldOptionsUrl().orElse(null),
                    step.runUrl().orElse(null),
                    toFieldDefinitionsJson(step.fields())))
        .toList();
  }

  private static List<ConnectJson.FieldDefinition> toFieldDefinitionsJson(
      List<FieldDefinition> fields) {
    return fields.stream()
        .map(
            field ->
                new ConnectJson.FieldDefinition(
                    field.id(),
                    field.label(),
                    field.type().name(),
                    field.required(),
                    field.hidden(),
                    FieldValueMapper.toDefaultJson(field.defaultValue())))
        .toList();
  }

  /** {@code user_features} as shown by the API and as sent in an update. */
  static ConnectJson.UserConnection toUserConnection(List<UserFeature> features) {
    return new ConnectJson.UserConnection(
        features.stream()
            .map(
                feature ->
                    new ConnectJson.UserFeature(
                        feature.id().orElse(null),
                        feature.featureId(),
                        feature.enabled(),
                        toUserFieldsJson(feature.fields()),
                        userFeatureStepsJson(feature, StepKind.TRIGGER),
                        userFeatureStepsJson(feature, StepKind.QUERY),
                        userFeatureStepsJson(feature, StepKind.ACTION)))
            .toList());
  }

  private static List<ConnectJson.UserFeatureStep> userFeatureStepsJson(
      UserFeature feature, StepKind kind) {
    return feature.steps(kind).stream()
        .map(
            step ->
                new ConnectJson.UserFeatureStep(
                    step.id().orElse(null),
                    kind == StepKind.TRIGGER ? step.featureStepId() : null,
                    kind == StepKind.QUERY ? step.featureStepId() : null,
                    kind == StepKind.ACTION ? step.featureStepId() : null,
                    toUserFieldsJson(step.fields())))
        .toList();
  }

  private static List<ConnectJson.UserField> toUserFieldsJson(List<UserField> fields) {
    return fields.stream()
        .map(
            field ->
                new ConnectJson.UserField(
                    field.fieldId(),
                    field.fieldType().map(FieldType::name).orElse(null),
                    FieldValueMapper.toJson(field.value())))
        .toList();
  }

  /** The deprecated update of single fields: one step per update, grouped by service. */
  static ConnectJson.LegacyUpdate toLegacyUpdate(
      OwnerId user, List<ConnectApiPort.LegacyFieldUpdate> updates) {
    Map<String, Map<StepKind, List<ConnectJson.LegacyStepUpdate>>> byService =
        new LinkedHashMap<>();
    for (ConnectApiPort.LegacyFieldUpdate update : updates) {
      List<ConnectJson.LegacyUserStepUpdate> userSteps =
          List.of(
              new ConnectJson.LegacyUserStepUpdate(
                  List.of(
                      new ConnectJson.LegacyValue(
                          update.fieldId(), FieldValueMapper.toJson(update.value())))));
      byService
          .computeIfAbsent(update.serviceId(), id -> new LinkedHashMap<>())
          .computeIfAbsent(update.kind(), kind -> new ArrayList<>())
          .add(
              new ConnectJson.LegacyStepUpdate(
                  update.stepId(),
                  update.kind() == StepKind.TRIGGER ? userSteps : null,
                  update.kind() == StepKind.QUERY ? userSteps : null,
                  update.kind() == StepKind.ACTION ? userSteps : null));
    }
    List<ConnectJson.LegacyServiceUpdate> services = new ArrayList<>();
    byService.forEach(
        (serviceId, steps) ->
            services.add(
                new ConnectJson.LegacyServiceUpdate(
                    serviceId,
                    steps.getOrDefault(StepKind.TRIGGER, List.of()),
                    steps.getOrDefault(StepKind.QUERY, List.of()),
                    steps.getOrDefault(StepKind.ACTION, List.of()))));
    return new ConnectJson.LegacyUpdate(user.value(), services);
  }

  private static List<ConnectJson.ServiceStep> steps(ConnectJson.Service json, StepKind kind) {
    return switch (kind) {
      case TRIGGER -> json.triggers();
      case QUERY -> json.queries();
      case ACTION -> json.actions();
    };
  }

  private static List<ConnectJson.LegacyUserStep> legacyUserSteps(
      ConnectJson.ServiceStep json, StepKind kind) {
    return switch (kind) {
      case TRIGGER -> json.userTriggers();
      case QUERY -> json.userQueries();
      case ACTION -> json.userActions();
    };
  }

  private static List<ConnectJson.FeatureStep> steps(ConnectJson.Feature json, StepKind kind) {
    return switch (kind) {
      case TRIGGER -> json.featureTriggers();
      case QUERY -> json.featureQueries();
      case ACTION -> json.featureActions();
    };
  }

  private static List<ConnectJson.UserFeatureStep> steps(
      ConnectJson.UserFeature json, StepKind kind) {
    return switch (kind) {
      case TRIGGER -> json.userFeatureTriggers();
      case QUERY -> json.userFeatureQueries();
      case ACTION -> json.userFeatureActions();
    };
  }

  private static String featureStepId(ConnectJson.UserFeatureStep json, StepKind kind) {
    return switch (kind) {
      case TRIGGER -> json.featureTriggerId();
      case QUERY -> json.featureQueryId();
      case ACTION -> json.featureActionId();
    };
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A missing or {@code null} list is empty. */
  private static <J, T> List<T> list(List<J> json, Function<J, T> read) {
    List<T> result = new ArrayList<>();
    if (json != null) {
      for (J item : json) {
        if (item == null) {
          throw new IllegalArgumentException("a list holds null");
        }
        result.add(read.apply(item));
      }
    }
    return result;
  }
}
