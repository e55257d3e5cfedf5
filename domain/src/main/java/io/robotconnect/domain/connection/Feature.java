package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One experience a connection offers: its own fields and the steps it combines. */
public record Feature(
    String id,
    String title,
    Optional<String> description,
    Optional<String> iconUrl,
    Optional<String> fieldOptionsUrl,
    List<FieldDefinition> fields,
    List<FeatureStep> steps) {
  public Feature {
    Ids.require(id, "feature id");
    title = title == null ? "" : title;
    description = description == null ? Optional.empty() : description;
    iconUrl = iconUrl == null ? Optional.empty() : iconUrl;
    fieldOptionsUrl = fieldOptionsUrl == null ? Optional.empty() : fieldOptionsUrl;
    fields = List.copyOf(fields == null ? List.of() : fields);
    steps = List.copyOf(steps == null ? List.of() : steps);
    Ids.requireUnique(fields, FieldDefinition::id, "field of feature " + id);
    for (StepKind kind : StepKind.values()) {
      Ids.requireUnique(
          steps.stream().filter(s -> s.kind() == kind).toList(),
          FeatureStep::id,
          "feature step of feature " + id);
    }
  }

  public List<FeatureStep> steps(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).toList();
  }

  public Optional<FeatureStep> step(StepKind kind, String featureStepId) {
    Objects.requireNonNull(kind, "kind");
    return steps.stream().filter(s -> s.kind() == kind && s.id().equals(featureStepId)).findFirst();
  }

  public Optional<FieldDefinition> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }
}
