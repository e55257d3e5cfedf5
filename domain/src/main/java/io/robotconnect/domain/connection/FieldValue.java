package io.robotconnect.domain.connection;

import io.robotconnect.domain.TextRules;
import java.util.Objects;
import java.util.Optional;

/** A value of a field: text, a dropdown option, or a location. */
public sealed interface FieldValue {
  /**
   * The longest text of a value (free text, an option's label, value and group, an address): far
   * above what an Applet's field holds, small enough that a configuration stays small.
   */
  int MAX_TEXT_LENGTH = 10_000;

  /** The plain value sent to IFTTT when overriding a field at run time. */
  String asText();

  /** Free text (also used for dropdown defaults IFTTT gives as a bare string). */
  record Text(String value) implements FieldValue {
    public Text {
      Objects.requireNonNull(value, "value");
      TextRules.requireAtMost(value, "a value", MAX_TEXT_LENGTH);
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /** A dropdown choice: what the user saw, what IFTTT stores, and its optional group. */
  record Option(String label, String value, Optional<String> group) implements FieldValue {
    public Option {
      Objects.requireNonNull(label, "label");
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("an option needs a value");
      }
      TextRules.requireAtMost(label, "an option's label", MAX_TEXT_LENGTH);
      TextRules.requireAtMost(value, "an option's value", MAX_TEXT_LENGTH);
      group = group == null ? Optional.empty() : group;
      group.ifPresent(g -> TextRules.requireAtMost(g, "an option's group", MAX_TEXT_LENGTH));
    }

    public static Option of(String label, String value) {
      return new Option(label, value, Optional.empty());
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /** A point or an area on the map. */
  record Location(
      double lat,
      double lng,
      Optional<Double> radius,
      Optional<String> address,
      Optional<String> description,
      Optional<Integer> zoom)
      implements FieldValue {
    public static final int MAX_ZOOM = 30;

    public Location {
      if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
        throw new IllegalArgumentException("latitude must be between -90 and 90: " + lat);
      }
      if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
        throw new IllegalArgumentException("longitude must be between -180 and 180: " + lng);
      }
      radius = radius == null ? Optional.empty() : radius;
      radius.ifPresent(
          r -> {
            if (!Double.isFinite(r) || r < 0) {
              throw new IllegalArgumentException("radius must be zero or more: " + r);
            }
          });
      address = address == null ? Optional.empty() : address;
      address.ifPresent(a -> TextRules.requireAtMost(a, "an address", MAX_TEXT_LENGTH));
      description = description == null ? Optional.empty() : description;
      description.ifPresent(
          d -> TextRules.requireAtMost(d, "a location's description", MAX_TEXT_LENGTH));
      zoom = zoom == null ? Optional.empty() : zoom;
      zoom.ifPresent(
          z -> {
            if (z < 0 || z > MAX_ZOOM) {
              throw new IllegalArgumentException(
                  "zoom must be between 0 and " + MAX_ZOOM + ": " + z);
            }
          });
    }

    public static Location point(double lat, double lng) {
      return new Location(
          lat, lng, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Location area(double lat, double lng, double radius) {
      return new Location(
          lat, lng, Optional.of(radius), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String asText() {
      return lat + "," + lng + radius.map(r -> "," + r).orElse("");
    }
  }
}
