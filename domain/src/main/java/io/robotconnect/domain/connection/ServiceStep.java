package io.robotconnect.domain.connection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trigger, query or action of one service in a connection, with the fields it takes.
 *
 * @param legacyUserSteps the deprecated per-service copy of the user's configuration that IFTTT
 *     still sends ({@code user_triggers}, {@code user_queries}, {@code user_actions})
 */
public record ServiceStep(
    StepKind kind,
    String id,
    String label,
    Optional<String> fieldOptionsUrl,
    Optional<String> runUrl,
    List<FieldDefinition> fields,
    List<LegacyUserStep> legacyUserSteps) {
  public ServiceStep {
    Objects.requireNonNull(kind, "kind");
    Ids.require(id, "step id");
    label = label == null ? "" : label;
    fieldOptionsUrl = fieldOptionsUrl == null ? Optional.empty() : fieldOptionsUrl;
    runUrl = runUrl == null ? Optional.empty() : runUrl;
    fields = List.copyOf(fields == null ? List.of() : fields);
    legacyUserSteps = List.copyOf(legacyUserSteps == null ? List.of() : legacyUserSteps);
    Ids.requireUnique(fields, FieldDefinition::id, "field of step " + id);
  }

  public Optional<FieldDefinition> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }

  /** One deprecated user configuration of a service step. */
  public record LegacyUserStep(Optional<String> runUrl, List<LegacyUserField> fields) {
    public LegacyUserStep {
      runUrl = runUrl == null ? Optional.empty() : runUrl;
      fields = List.copyOf(fields == null ? List.of() : fields);
    }
  }

  /** One field of a deprecated user configuration. */
  public record LegacyUserField(String id, FieldValue value) {
    public LegacyUserField {
      Ids.require(id, "field id");
      Objects.requireNonNull(value, "value");
    }
  }
}
