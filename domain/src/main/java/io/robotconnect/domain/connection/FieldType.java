package io.robotconnect.domain.connection;

import java.util.Arrays;

/** The kinds of field a connection step or feature can have, as IFTTT names them. */
public enum FieldType {
  TEXT_FIELD,
  TEXT_AREA,
  COLLECTION_SELECT,
  DOUBLE_COLLECTION_SELECT,
  LOCATION_POINT,
  LOCATION_RADIUS,
  LOCATION_ENTER,
  LOCATION_ENTER_AND_EXIT;

  /** The type with IFTTT's name. */
  public static FieldType fromWireName(String name) {
    return Arrays.stream(values())
        .filter(type -> type.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown field type: " + name));
  }

  /** A dropdown accepts only values from its field options. */
  public boolean isDropdown() {
    return this == COLLECTION_SELECT || this == DOUBLE_COLLECTION_SELECT;
  }

  public boolean isLocation() {
    return name().startsWith("LOCATION_");
  }

  /** Area types carry a radius; a point does not need one. */
  public boolean needsRadius() {
    return this == LOCATION_RADIUS || this == LOCATION_ENTER || this == LOCATION_ENTER_AND_EXIT;
  }

  /** Whether a value of this shape is what a user field of this type holds. */
  public boolean accepts(FieldValue value) {
    if (isDropdown()) {
      return value instanceof FieldValue.Option;
    }
    if (isLocation()) {
      return value instanceof FieldValue.Location location
          && (!needsRadius() || location.radius().isPresent());
    }
    return value instanceof FieldValue.Text;
  }
}
