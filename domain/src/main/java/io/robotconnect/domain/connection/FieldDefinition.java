package io.robotconnect.domain.connection;

import java.util.Objects;
import java.util.Optional;

/** A field a step or feature asks for: its type, whether it is required or hidden, its default. */
public record FieldDefinition(
    String id,
    String label,
    FieldType type,
    boolean required,
    boolean hidden,
    Optional<FieldValue> defaultValue) {
  public FieldDefinition {
    Ids.require(id, "field id");
    label = label == null ? "" : label;
    Objects.requireNonNull(type, "type");
    defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
  }
}
