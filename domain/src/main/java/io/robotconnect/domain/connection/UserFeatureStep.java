package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's configuration of one feature trigger, query or action.
 *
 * @param id IFTTT's id of this configured instance (given for triggers; the fired webhook's {@code
 *     user_feature_trigger_id})
 * @param featureStepId the feature step it configures ({@code feature_trigger_id} and so on)
 */
public record UserFeatureStep(
    Optional<String> id, StepKind kind, String featureStepId, List<UserField> fields) {
  public UserFeatureStep {
    id = Ids.optional(id, "id of " + featureStepId);
    Objects.requireNonNull(kind, "kind");
    Ids.require(featureStepId, "feature step id");
    fields = List.copyOf(fields == null ? List.of() : fields);
    if (fields.size() > UserFeature.MAX_FIELDS) {
      throw new IllegalArgumentException(
          "a step has at most " + UserFeature.MAX_FIELDS + " user fields");
    }
    Ids.requireUnique(fields, UserField::fieldId, "user field of " + featureStepId);
  }

  public Optional<UserField> field(String fieldId) {
    return fields.stream().filter(f -> f.fieldId().equals(fieldId)).findFirst();
  }
}
