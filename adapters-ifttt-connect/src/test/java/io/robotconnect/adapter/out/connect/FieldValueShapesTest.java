package io.robotconnect.adapter.out.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.ServiceStep;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shape of a field value IFTTT sends is read as before; other shapes are refused. */
class FieldValueShapesTest {

  private static Connection read(String json) {
    return IftttConnect.connectionDefinitions(TestJson.mapper()).read(json);
  }

  /** The default value of a feature field written as {@code valueJson}. */
  private static Optional<FieldValue> defaultValue(String valueJson) {
    return read("{\"id\":\"c1\",\"features\":[{\"id\":\"f1\",\"fields\":[{\"id\":\"x\","
            + "\"type\":\"TEXT_FIELD\",\"default_value\":"
            + valueJson
            + "}]}]}")
        .feature("f1")
        .orElseThrow()
        .field("x")
        .orElseThrow()
        .defaultValue();
  }

  /** The value of the first field of a service's legacy user action written as {@code field}. */
  private static FieldValue legacyValue(String fieldJson) {
    ServiceStep step =
        read("{\"id\":\"c1\",\"services\":[{\"service_id\":\"acme\",\"actions\":[{\"id\":\"a\","
                + "\"user_actions\":[{\"fields\":["
                + fieldJson
                + "]}]}]}]}")
            .services()
            .get(0)
            .steps()
            .get(0);
    return step.legacyUserSteps().get(0).fields().get(0).value();
  }

  @Test
  void nullOrMissing_isNoValue() {
    assertThat(defaultValue("null")).isEmpty();
    assertThat(
            read("{\"id\":\"c1\",\"features\":[{\"id\":\"f1\",\"fields\":[{\"id\":\"x\",\"type\":\"TEXT_FIELD\"}]}]}")
                .feature("f1")
                .orElseThrow()
                .field("x")
                .orElseThrow()
                .defaultValue())
        .isEmpty();
  }

  @Test
  void aString_isText() {
    assertThat(defaultValue("\"10am\"")).contains(new FieldValue.Text("10am"));
    assertThat(defaultValue("\"\"")).contains(new FieldValue.Text(""));
  }

  @Test
  void aNumberOrBoolean_isItsText() {
    assertThat(defaultValue("42")).contains(new FieldValue.Text("42"));
    assertThat(defaultValue("2.5")).contains(new FieldValue.Text("2.5"));
    assertThat(defaultValue("true")).contains(new FieldValue.Text("true"));
  }

  @Test
  void anObjectWithAValue_isAnOption() {
    assertThat(defaultValue("{\"group\":\"Pets\",\"label\":\"Cats\",\"value\":\"oFro6\"}"))
        .contains(new FieldValue.Option("Cats", "oFro6", Optional.of("Pets")));
    assertThat(defaultValue("{\"group\":null,\"label\":\"Cats\",\"value\":\"oFro6\"}"))
        .contains(FieldValue.Option.of("Cats", "oFro6"));
  }

  @Test
  void anOptionWithoutLabel_hasAnEmptyLabel_andANumberValueIsItsText() {
    assertThat(defaultValue("{\"value\":7}")).contains(FieldValue.Option.of("", "7"));
  }

  @Test
  void aLocationWithNumbers_isALocation() {
    assertThat(
            defaultValue(
                "{\"lat\":37.5,\"lng\":-122.25,\"radius\":316.2,\"address\":\"923 Market St\","
                    + "\"description\":\"Work\",\"zoom\":16}"))
        .contains(
            new FieldValue.Location(
                37.5,
                -122.25,
                Optional.of(316.2),
                Optional.of("923 Market St"),
                Optional.of("Work"),
                Optional.of(16)));
  }

  @Test
  void aLocationWithLongNamesAndStrings_isTheSameLocation() {
    assertThat(
            defaultValue(
                "{\"latitude\":\"37.5\",\"longitude\":\"-122.25\",\"radius\":\"316.2\","
                    + "\"address\":\"923 Market St\",\"description\":\"Work\",\"zoom\":\"16\"}"))
        .contains(
            new FieldValue.Location(
                37.5,
                -122.25,
                Optional.of(316.2),
                Optional.of("923 Market St"),
                Optional.of("Work"),
                Optional.of(16)));
  }

  @Test
  void aLocation_mayMixShortAndLongNames_andLeaveOutTheOptionalParts() {
    assertThat(defaultValue("{\"lat\":1.5,\"longitude\":\"2\"}"))
        .contains(FieldValue.Location.point(1.5, 2));
    assertThat(defaultValue("{\"latitude\":1.5,\"lng\":2,\"radius\":null,\"zoom\":null}"))
        .contains(FieldValue.Location.point(1.5, 2));
  }

  @Test
  void aFractionalZoom_isCutToAWholeNumber() {
    assertThat(defaultValue("{\"lat\":1,\"lng\":2,\"zoom\":\"16.7\"}"))
        .contains(
            new FieldValue.Location(
                1, 2, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(16)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"lat\":1}",
        "{\"lat\":\"north\",\"lng\":2}",
        "{\"lat\":1,\"lng\":2,\"radius\":\"wide\"}",
        "{\"label\":\"no value\"}",
        "{}",
        "[\"a\"]",
        "{\"lat\":91,\"lng\":2}"
      })
  void otherShapes_areRefused(String value) {
    assertThatThrownBy(() -> defaultValue(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLegacyFieldWithALabelOrGroup_isAnOption_readFromTheFieldItself() {
    assertThat(legacyValue("{\"id\":\"c\",\"group\":null,\"label\":\"me@x.com\",\"value\":\"cI\"}"))
        .isEqualTo(FieldValue.Option.of("me@x.com", "cI"));
    assertThat(legacyValue("{\"id\":\"c\",\"group\":\"G\",\"value\":\"cI\"}"))
        .isEqualTo(new FieldValue.Option("", "cI", Optional.of("G")));
    assertThat(legacyValue("{\"id\":\"c\",\"label\":null,\"value\":\"cI\"}"))
        .isEqualTo(FieldValue.Option.of("", "cI"));
  }

  @Test
  void aLegacyFieldWithoutLabelOrGroup_hasItsValueInAnyShape() {
    assertThat(legacyValue("{\"id\":\"t\",\"value\":\"hello\"}"))
        .isEqualTo(new FieldValue.Text("hello"));
    assertThat(legacyValue("{\"id\":\"l\",\"value\":{\"lat\":1.5,\"lng\":2}}"))
        .isEqualTo(FieldValue.Location.point(1.5, 2));
    assertThat(legacyValue("{\"id\":\"o\",\"value\":{\"label\":\"Cats\",\"value\":\"c\"}}"))
        .isEqualTo(FieldValue.Option.of("Cats", "c"));
  }

  @Test
  void aLegacyFieldWithoutAValue_isEmptyText() {
    assertThat(legacyValue("{\"id\":\"t\"}")).isEqualTo(new FieldValue.Text(""));
    assertThat(legacyValue("{\"id\":\"t\",\"value\":null}")).isEqualTo(new FieldValue.Text(""));
  }
}
