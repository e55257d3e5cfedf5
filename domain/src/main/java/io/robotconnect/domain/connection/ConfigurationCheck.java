package io.robotconnect.domain.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a proposed user configuration against a connection's definition before it is sent to
 * IFTTT: unknown features, steps or fields, missing required fields, values of the wrong shape, and
 * dropdown values that are not among the field's options. Each problem names its field by a JSON
 * pointer into the update body ({@code {"user_features":[...]}}).
 */
public final class ConfigurationCheck {

  /** The values a dropdown field accepts; empty when the options are not known. */
  @FunctionalInterface
  public interface Options {
    Optional<Set<String>> allowedValues(OptionsScope scope, String fieldId);
  }

  private final Connection definition;
  private final Options options;

  public ConfigurationCheck(Connection definition, Options options) {
    this.definition = java.util.Objects.requireNonNull(definition, "definition");
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /** Every problem found; empty when the configuration may be sent. */
  public List<FieldProblem> problems(List<UserFeature> proposed) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < proposed.size(); i++) {
      UserFeature userFeature = proposed.get(i);
      String at = "/user_features/" + i;
      Optional<Feature> feature = definition.feature(userFeature.featureId());
      if (feature.isEmpty()) {
        problems.add(
            new FieldProblem(at + "/feature_id", "Unknown feature " + userFeature.featureId()));
        continue;
      }
      checkFields(
          feature.get().fields(),
          userFeature.fields(),
          OptionsScope.feature(feature.get().id()),
          at + "/user_fields",
          problems);
      for (StepKind kind : StepKind.values()) {
        checkSteps(feature.get(), userFeature.steps(kind), kind, at, problems);
      }
    }
    return List.copyOf(problems);
  }

  private void checkSteps(
      Feature feature,
      List<UserFeatureStep> userSteps,
      StepKind kind,
      String at,
      List<FieldProblem> problems) {
    String kindName = kind.name().toLowerCase(Locale.ROOT);
    String list = at + "/user_feature_" + kind.pathSegment();
    for (int k = 0; k < userSteps.size(); k++) {
      UserFeatureStep userStep = userSteps.get(k);
      Optional<FeatureStep> step = feature.step(kind, userStep.featureStepId());
      if (step.isEmpty()) {
        problems.add(
            new FieldProblem(
                list + "/" + k + "/feature_" + kindName + "_id",
                "Unknown feature " + kindName + " " + userStep.featureStepId()));
        continue;
      }
      checkFields(
          step.get().fields(),
          userStep.fields(),
          OptionsScope.step(kind, step.get().step()),
          list + "/" + k + "/user_fields",
          problems);
    }
  }

  private void checkFields(
      List<FieldDefinition> definitions,
      List<UserField> given,
      OptionsScope scope,
      String at,
      List<FieldProblem> problems) {
    Set<String> present = new HashSet<>();
    for (int j = 0; j < given.size(); j++) {
      UserField field = given.get(j);
      present.add(field.fieldId());
      String pointer = at + "/" + j;
      Optional<FieldDefinition> definition =
          definitions.stream().filter(d -> d.id().equals(field.fieldId())).findFirst();
      if (definition.isEmpty()) {
        problems.add(new FieldProblem(pointer + "/field_id", "Unknown field " + field.fieldId()));
        continue;
      }
      FieldType type = definition.get().type();
      if (!type.accepts(field.value())) {
        problems.add(new FieldProblem(pointer + "/value", shapeMessage(type)));
        continue;
      }
      if (type.isDropdown()) {
        Optional<Set<String>> allowed = options.allowedValues(scope, field.fieldId());
        if (allowed.isPresent() && !allowed.get().contains(field.value().asText())) {
          problems.add(
              new FieldProblem(
                  pointer + "/value",
                  "Not a valid option for this field. Use the field options request to get valid"
                      + " options."));
        }
      }
    }
    for (FieldDefinition definition : definitions) {
      if (definition.required()
          && !definition.hidden()
          && definition.defaultValue().isEmpty()
          && !present.contains(definition.id())) {
        problems.add(new FieldProblem(at, "Field " + definition.id() + " is required"));
      }
    }
  }

  private static String shapeMessage(FieldType type) {
    if (type.isDropdown()) {
      return "Expected a dropdown option {label, value, group} for a " + type + " field";
    }
    if (type.isLocation()) {
      return type.needsRadius()
          ? "Expected a location {lat, lng, radius} for a " + type + " field"
          : "Expected a location {lat, lng} for a " + type + " field";
    }
    return "Expected text for a " + type + " field";
  }
}
