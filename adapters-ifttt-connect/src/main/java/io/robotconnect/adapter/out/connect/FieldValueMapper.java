package io.robotconnect.adapter.out.connect;

import io.robotconnect.domain.connection.FieldValue;
import java.util.Optional;

/** Field values between the domain and the shapes IFTTT writes them in ({@link ConnectJson}). */
final class FieldValueMapper {
  private FieldValueMapper() {}

  /** The value read; absent or {@code null} is empty. */
  static Optional<FieldValue> toDomain(ConnectJson.Value json) {
    if (json == null) {
      return Optional.empty();
    }
    if (json instanceof ConnectJson.Text text) {
      return Optional.of(new FieldValue.Text(text.value()));
    }
    if (json instanceof ConnectJson.Option option) {
      return Optional.of(toDomain(option));
    }
    if (json instanceof ConnectJson.Location location) {
      return Optional.of(
          new FieldValue.Location(
              location.lat(),
              location.lng(),
              Optional.ofNullable(location.radius()),
              Optional.ofNullable(location.address()),
              Optional.ofNullable(location.description()),
              Optional.ofNullable(location.zoom())));
    }
    ConnectJson.DefaultLocation location = (ConnectJson.DefaultLocation) json;
    return Optional.of(
        new FieldValue.Location(
            Double.parseDouble(location.latitude()),
            Double.parseDouble(location.longitude()),
            Optional.ofNullable(location.radius()).map(Double::parseDouble),
            Optional.ofNullable(location.address()),
            Optional.ofNullable(location.description()),
            Optional.ofNullable(location.zoom()).map(z -> (int) Double.parseDouble(z))));
  }

  /** A dropdown option; without a label it has an empty one. */
  static FieldValue.Option toDomain(ConnectJson.Option json) {
    return new FieldValue.Option(
        json.label() == null ? "" : json.label(), json.value(), Optional.ofNullable(json.group()));
  }

  /** A user's value (numbers for locations). */
  static ConnectJson.Value toJson(FieldValue value) {
    if (value instanceof FieldValue.Text text) {
      return new ConnectJson.Text(text.value());
    }
    if (value instanceof FieldValue.Option option) {
      return toJson(option);
    }
    FieldValue.Location location = (FieldValue.Location) value;
    return new ConnectJson.Location(
        location.lat(),
        location.lng(),
        location.radius().orElse(null),
        location.address().orElse(null),
        location.description().orElse(null),
        location.zoom().orElse(null));
  }

  static ConnectJson.Option toJson(FieldValue.Option option) {
    return new ConnectJson.Option(option.group().orElse(null), option.label(), option.value());
  }

  /** A field definition's default value (strings and long names for locations); none is null. */
  static ConnectJson.Value toDefaultJson(Optional<FieldValue> value) {
    if (value.isEmpty()) {
      return null;
    }
    if (!(value.get() instanceof FieldValue.Location location)) {
      return toJson(value.get());
    }
    return new ConnectJson.DefaultLocation(
        Double.toString(location.lat()),
        Double.toString(location.lng()),
        location.radius().map(r -> Double.toString(r)).orElse(null),
        location.address().orElse(null),
        location.description().orElse(null),
        location.zoom().map(z -> Integer.toString(z)).orElse(null));
  }

  /** At run time a dropdown is overridden by its bare value (the options' {@code value}). */
  static ConnectJson.Value toOverrideJson(FieldValue value) {
    return value instanceof FieldValue.Option option
        ? new ConnectJson.Text(option.value())
        : toJson(value);
  }
}
