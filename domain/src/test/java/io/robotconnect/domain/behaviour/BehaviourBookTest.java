package io.robotconnect.domain.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.connection.ConnectService;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.Feature;
import io.robotconnect.domain.connection.FeatureStep;
import io.robotconnect.domain.connection.FieldDefinition;
import io.robotconnect.domain.connection.FieldType;
import io.robotconnect.domain.connection.ServiceStep;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BehaviourBookTest {
  private static final ConnectionId WEATHER = new ConnectionId("RobotWeather1");
  private static final StepRef RAIN = StepRef.parse("weather.tomorrows_forecast_calls_for");
  private static final StepRef NOTIFY = StepRef.parse("if_notifications.send_notification");

  private static Connection weatherConnection() {
    FieldDefinition message =
        new FieldDefinition(
            "message", "Message", FieldType.TEXT_AREA, true, false, Optional.empty());
    ServiceStep trigger =
        new ServiceStep(
            StepKind.TRIGGER,
            RAIN.stepId(),
            "",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of());
    ServiceStep action =
        new ServiceStep(
            StepKind.ACTION,
            NOTIFY.stepId(),
            "",
            Optional.empty(),
            Optional.empty(),
            List.of(message),
            List.of());
    return new Connection(
        WEATHER,
        "Robot weather alarm",
        "",
        Optional.empty(),
        Optional.empty(),
        List.of(
            new ConnectService(
                "weather", ConnectService.ServiceBranding.none(), false, List.of(trigger)),
            new ConnectService(
                "if_notifications", ConnectService.ServiceBranding.none(), false, List.of(action))),
        List.of(
            new Feature(
                "rain_alarm",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(
                    new FeatureStep(
                        "ft1",
                        StepKind.TRIGGER,
                        RAIN,
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        List.of()),
                    new FeatureStep(
                        "fa1",
                        StepKind.ACTION,
                        NOTIFY,
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        List.of(message))))),
        List.of());
  }

  private static BehaviourBook book(BehaviourStep... steps) {
    return new BehaviourBook(
        1, List.of(new FeatureBehaviour(WEATHER, "rain_alarm", Optional.of(RAIN), List.of(steps))));
  }

  @Test
  void soundBook_hasNoProblems_andAnswersItsTrigger() {
    BehaviourBook book =
        book(
            new BehaviourStep.PlayAnimation("alarm_1"),
            new BehaviourStep.RunAction(
                NOTIFY, Map.of("message", new FieldTemplate("Rain: {{ingredients.Condition}}"))));

    assertThat(book.problems(Map.of(WEATHER, weatherConnection()), Set.of())).isEmpty();
    assertThat(book.answering(WEATHER, "rain_alarm", RAIN)).hasSize(1);
    assertThat(book.answering(WEATHER, "other", RAIN)).isEmpty();
  }

  @Test
  void everyMistake_isReported() {
    BehaviourBook book =
        new BehaviourBook(
            1,
            List.of(
                new FeatureBehaviour(
                    WEATHER,
                    "rain_alarm",
                    Optional.of(StepRef.parse("weather.sunny")),
                    List.of(
                        new BehaviourStep.PlayAnimation("moonwalk"),
                        new BehaviourStep.RunAction(
                            NOTIFY, Map.of("colour", new FieldTemplate("red"))),
                        new BehaviourStep.PerformQuery(
                            StepRef.parse("weather.current"), Map.of(), Optional.empty()),
                        new BehaviourStep.Custom("missing-extension"))),
                new FeatureBehaviour(
                    WEATHER, "no_feature", Optional.empty(), List.of(new BehaviourStep.Dock())),
                new FeatureBehaviour(
                    new ConnectionId("Unknown1"),
                    "x",
                    Optional.empty(),
                    List.of(new BehaviourStep.Dock()))));

    List<String> problems = book.problems(Map.of(WEATHER, weatherConnection()), Set.of());

    assertThat(problems)
        .hasSize(7)
        .anyMatch(p -> p.contains("no trigger weather.sunny"))
        .anyMatch(p -> p.contains("unknown animation moonwalk"))
        .anyMatch(p -> p.contains("no field colour"))
        .anyMatch(p -> p.contains("no query weather.current"))
        .anyMatch(p -> p.contains("missing-extension"))
        .anyMatch(p -> p.contains("no feature no_feature"))
        .anyMatch(p -> p.contains("no definition of connection Unknown1"));
  }

  @Test
  void unsupportedVersion_isRejected() {
    assertThatThrownBy(() -> new BehaviourBook(2, List.of())).hasMessageContaining("version 2");
  }
}
