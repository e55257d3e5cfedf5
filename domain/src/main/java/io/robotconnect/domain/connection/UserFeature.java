package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Optional;

/**
 * A user's configuration of one feature.
 *
 * @param id IFTTT's {@code user_feature_id}; absent in an update request for a new configuration
 */
public record UserFeature(
    Optional<String> id,
    String featureId,
    boolean enabled,
    List<UserField> fields,
    List<UserFeatureStep> steps) {
  /** Connections define a handful of fields and steps per feature. */
  public static final int MAX_FIELDS = 100;

  public static final int MAX_STEPS = 100;

  public UserFeature {
    id = Ids.optional(id, "user_feature_id");
    Ids.require(featureId, "feature id");
    fields = List.copyOf(fields == null ? List.of() : fields);
    steps = List.copyOf(steps == null ? List.of() : steps);
    if (fields.size() > MAX_FIELDS) {
      throw new IllegalArgumentException("a feature has at most " + MAX_FIELDS + " user fields");
    }
    if (steps.size() > MAX_STEPS) {
      throw new IllegalArgumentException(
          "a feature has at most " + MAX_STEPS + " triggers, queries and actions");
    }
    Ids.requireUnique(fields, UserField::fieldId, "user field of feature " + featureId);
  }

  public List<UserFeatureStep> steps(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).toList();
  }

  public Optional<UserField> field(String fieldId) {
    return fields.stream().filter(f -> f.fieldId().equals(fieldId)).findFirst();
  }
}
