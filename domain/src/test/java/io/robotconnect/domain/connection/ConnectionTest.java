package io.robotconnect.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionTest {

  @Test
  void seedConnection_findsItsFeatureStepsAndServiceSteps() {
    Connection connection = SeedConnection.connection();

    assertThat(connection.feature("qharvmtjdh")).isPresent();
    assertThat(connection.serviceStep(StepKind.ACTION, SeedConnection.ADD_EVENT)).isPresent();
    assertThat(connection.serviceStep(StepKind.TRIGGER, SeedConnection.ADD_EVENT)).isEmpty();
    assertThat(connection.usesStep(StepKind.QUERY, SeedConnection.SEARCH_EVENTS)).isTrue();
  }

  @Test
  void givenFeatureStepReferringToMissingServiceStep_connection_isRejected() {
    Connection seed = SeedConnection.connection();
    Feature broken =
        new Feature(
            "broken",
            "Broken",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(
                SeedConnection.step(
                    "x", StepKind.ACTION, new StepRef("google_calendar", "delete_everything"))));

    assertThatThrownBy(
            () ->
                new Connection(
                    seed.id(),
                    seed.name(),
                    seed.description(),
                    Optional.empty(),
                    Optional.empty(),
                    seed.services(),
                    List.of(broken),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("google_calendar.delete_everything");
  }

  @Test
  void givenStepOfTheWrongKind_connection_isRejected() {
    Connection seed = SeedConnection.connection();
    Feature wrongKind =
        new Feature(
            "wrong",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(SeedConnection.step("x", StepKind.TRIGGER, SeedConnection.ADD_EVENT)));

    assertThatThrownBy(
            () ->
                new Connection(
                    seed.id(),
                    "",
                    "",
                    Optional.empty(),
                    Optional.empty(),
                    seed.services(),
                    List.of(wrongKind),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenDuplicateFieldIds_step_isRejected() {
    assertThatThrownBy(
            () ->
                SeedConnection.step(
                    "x",
                    StepKind.ACTION,
                    SeedConnection.ADD_EVENT,
                    SeedConnection.calendar(),
                    SeedConnection.calendar()))
        .hasMessageContaining("duplicate field");
  }

  @Test
  void stepRef_parsesServiceAndStep() {
    StepRef ref = StepRef.parse("google_calendar.add_detailed_event");

    assertThat(ref).isEqualTo(SeedConnection.ADD_EVENT);
    assertThat(ref.qualified()).isEqualTo("google_calendar.add_detailed_event");
    assertThatThrownBy(() -> StepRef.parse("no_dot")).hasMessageContaining("service_id.step_id");
  }

  @Test
  void givenBadCharacters_connectionId_isRejected() {
    assertThatThrownBy(() -> new ConnectionId("../etc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
