package io.robotconnect.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {
  private final ConfigurationCheck check =
      new ConfigurationCheck(
          SeedConnection.connection(),
          (scope, field) ->
              scope.equals(OptionsScope.feature("qharvmtjdh")) && field.equals("day_of_week")
                  ? Optional.of(Set.of("1", "2"))
                  : Optional.empty());

  private static UserField tuesday() {
    return UserField.of("day_of_week", FieldValue.Option.of("Tuesday", "2"));
  }

  @Test
  void givenValidConfiguration_check_findsNothing() {
    List<FieldProblem> problems =
        check.problems(
            List.of(
                SeedConnection.userFeature(
                    List.of(tuesday()),
                    SeedConnection.userTrigger(
                        "f3gtkmjkgf",
                        UserField.of("location", FieldValue.Location.area(1, 2, 3))))));

    assertThat(problems).isEmpty();
  }

  @Test
  void givenUnknownFeature_check_namesTheFeatureId() {
    List<FieldProblem> problems =
        check.problems(
            List.of(new UserFeature(Optional.empty(), "nope", true, List.of(), List.of())));

    assertThat(problems)
        .extracting(FieldProblem::parameter)
        .containsExactly("/user_features/0/feature_id");
  }

  @Test
  void givenMissingRequiredField_check_reportsIt() {
    List<FieldProblem> problems = check.problems(List.of(SeedConnection.userFeature(List.of())));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).parameter()).isEqualTo("/user_features/0/user_fields");
    assertThat(problems.get(0).message()).contains("day_of_week");
  }

  @Test
  void givenEveryKindOfMistake_check_reportsOneDetailPerBadField() {
    List<FieldProblem> problems =
        check.problems(
            List.of(
                SeedConnection.userFeature(
                    List.of(
                        UserField.of("day_of_week", FieldValue.Option.of("Sunday", "7")),
                        UserField.of("colour", new FieldValue.Text("red"))),
                    SeedConnection.userTrigger(
                        "f3gtkmjkgf", UserField.of("location", new FieldValue.Text("home"))),
                    new UserFeatureStep(
                        Optional.empty(), StepKind.ACTION, "not_an_action", List.of()))));

    assertThat(problems)
        .extracting(FieldProblem::parameter)
        .containsExactlyInAnyOrder(
            "/user_features/0/user_fields/0/value",
            "/user_features/0/user_fields/1/field_id",
            "/user_features/0/user_feature_triggers/0/user_fields/0/value",
            "/user_features/0/user_feature_actions/0/feature_action_id");
    assertThat(problems.get(0).message()).contains("Not a valid option");
  }

  @Test
  void givenTextForADropdown_check_reportsWrongShape() {
    List<FieldProblem> problems =
        check.problems(
            List.of(
                SeedConnection.userFeature(
                    List.of(UserField.of("day_of_week", new FieldValue.Text("2"))))));

    assertThat(problems)
        .singleElement()
        .extracting(FieldProblem::message)
        .asString()
        .contains("dropdown");
  }
}
