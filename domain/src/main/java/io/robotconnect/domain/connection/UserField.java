package io.robotconnect.domain.connection;

import java.util.Objects;
import java.util.Optional;

/**
 * A value a user chose for a field.
 *
 * @param fieldType the type IFTTT reports with the value; absent in update requests
 */
public record UserField(String fieldId, Optional<FieldType> fieldType, FieldValue value) {
  public UserField {
    Ids.require(fieldId, "field id");
    fieldType = fieldType == null ? Optional.empty() : fieldType;
    Objects.requireNonNull(value, "value");
  }

  public static UserField of(String fieldId, FieldValue value) {
    return new UserField(fieldId, Optional.empty(), value);
  }
}
