package io.robotconnect.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldValueTest {

  @Test
  void givenLatitudeOutOfRange_location_isRejected() {
    assertThatThrownBy(() -> FieldValue.Location.point(90.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
  }

  @Test
  void givenLongitudeOutOfRange_location_isRejected() {
    assertThatThrownBy(() -> FieldValue.Location.point(0, -180.01))
        .hasMessageContaining("longitude");
  }

  @Test
  void givenNegativeRadius_location_isRejected() {
    assertThatThrownBy(() -> FieldValue.Location.area(0, 0, -1)).hasMessageContaining("radius");
  }

  @Test
  void givenZoomOutOfRange_location_isRejected() {
    assertThatThrownBy(
            () ->
                new FieldValue.Location(
                    1, 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(31)))
        .hasMessageContaining("zoom");
  }

  @Test
  void givenNotANumber_location_isRejected() {
    assertThatThrownBy(() -> FieldValue.Location.point(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenEdgeValues_location_isAccepted() {
    FieldValue.Location location = FieldValue.Location.area(-90, 180, 0);

    assertThat(location.radius()).contains(0.0);
  }

  @Test
  void givenEmptyValue_option_isRejected() {
    assertThatThrownBy(() -> FieldValue.Option.of("Cats", ""))
        .hasMessageContaining("needs a value");
  }

  @Test
  void option_sendsItsValueNotItsLabel() {
    assertThat(FieldValue.Option.of("Cats", "oFro6MQ").asText()).isEqualTo("oFro6MQ");
  }

  @Test
  void dropdownType_acceptsOnlyOptions() {
    assertThat(FieldType.COLLECTION_SELECT.accepts(FieldValue.Option.of("a", "b"))).isTrue();
    assertThat(FieldType.DOUBLE_COLLECTION_SELECT.accepts(new FieldValue.Text("b"))).isFalse();
  }

  @Test
  void areaTypes_needARadius_pointDoesNot() {
    assertThat(FieldType.LOCATION_RADIUS.accepts(FieldValue.Location.point(1, 2))).isFalse();
    assertThat(FieldType.LOCATION_ENTER.accepts(FieldValue.Location.area(1, 2, 3))).isTrue();
    assertThat(FieldType.LOCATION_POINT.accepts(FieldValue.Location.point(1, 2))).isTrue();
    assertThat(FieldType.TEXT_AREA.accepts(FieldValue.Location.point(1, 2))).isFalse();
  }

  @Test
  void everyFieldTypeOfTheProtocol_isKnownByItsWireName() {
    for (String name :
        new String[] {
          "TEXT_FIELD",
          "TEXT_AREA",
          "COLLECTION_SELECT",
          "DOUBLE_COLLECTION_SELECT",
          "LOCATION_POINT",
          "LOCATION_RADIUS",
          "LOCATION_ENTER",
          "LOCATION_ENTER_AND_EXIT"
        }) {
      assertThat(FieldType.fromWireName(name).name()).isEqualTo(name);
    }
    assertThatThrownBy(() -> FieldType.fromWireName("CHECKBOX"))
        .hasMessageContaining("unknown field type");
  }
}
