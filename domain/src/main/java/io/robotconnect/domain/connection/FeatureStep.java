package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A trigger, query or action used by a feature; it refers to a step of one of the services. */
public record FeatureStep(
    String id,
    StepKind kind,
    StepRef step,
    String label,
    Optional<String> fieldOptionsUrl,
    Optional<String> runUrl,
    List<FieldDefinition> fields) {
  public FeatureStep {
    Ids.require(id, "feature step id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(step, "step");
    label = label == null ? "" : label;
    fieldOptionsUrl = fieldOptionsUrl == null ? Optional.empty() : fieldOptionsUrl;
    runUrl = runUrl == null ? Optional.empty() : runUrl;
    fields = List.copyOf(fields == null ? List.of() : fields);
    Ids.requireUnique(fields, FieldDefinition::id, "field of feature step " + id);
  }

  public Optional<FieldDefinition> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }
}
