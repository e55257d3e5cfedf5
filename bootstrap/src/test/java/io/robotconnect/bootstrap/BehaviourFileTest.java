package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.adapter.out.connect.ConnectionDefinitions;
import io.robotconnect.adapter.out.connect.IftttConnect;
import io.robotconnect.domain.behaviour.BehaviourStep;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BehaviourFileTest {
  private static final ConnectionDefinitions DEFINITIONS =
      IftttConnect.connectionDefinitions(JsonMapping.mapper());

  @Test
  void shippedFile_fitsItsConnection_andMakesTheRobotPlayAlarm1WhenRainIsForecast() {
    BehaviourFile.Loaded loaded =
        BehaviourFile.load(
            BehaviourFile.classpath(BehaviourFile.DEFAULT_RESOURCE), Set.of(), DEFINITIONS);

    var behaviours =
        loaded
            .book()
            .answering(
                new ConnectionId("RwAlarm01"),
                "rain_alarm",
                StepRef.parse("weather.tomorrows_forecast_calls_for"));
    assertThat(behaviours).hasSize(1);
    assertThat(behaviours.get(0).steps().get(0))
        .isEqualTo(new BehaviourStep.PlayAnimation("alarm_1"));
    assertThat(
            ((BehaviourStep.RunAction) behaviours.get(0).steps().get(1))
                .fields()
                .get("message")
                .render(Map.of("Condition", "rain")))
        .contains("Rain tomorrow (rain)");
  }

  @Test
  void fileThatDoesNotFitTheConnection_namesEveryMistake() {
    assertThatThrownBy(
            () ->
                BehaviourFile.load(
                    BehaviourFile.classpath("behaviours-broken/behaviours.yaml"),
                    Set.of(),
                    DEFINITIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no trigger weather.sunshine")
        .hasMessageContaining("unknown animation moonwalk")
        .hasMessageContaining("no field colour")
        .hasMessageContaining("not-installed");
  }

  @Test
  void fileOnDisk_readsItsDefinitionNextToIt(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("robot-weather-alarm.json"),
        new String(
            getClass().getResourceAsStream("/connections/robot-weather-alarm.json").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
    Path file = dir.resolve("mine.yaml");
    Files.writeString(
        file,
        "version: 1\nconnections:\n  - connection_id: RwAlarm01\n    definition: robot-weather-alarm.json\n"
            + "    features:\n      - feature_id: rain_alarm\n        steps:\n          - robot: { dock: true }\n");

    var loaded = BehaviourFile.load(BehaviourFile.file(file), Set.of(), DEFINITIONS);

    assertThat(loaded.book().behaviours().get(0).steps()).containsExactly(new BehaviourStep.Dock());
  }

  @Test
  void unsupportedVersion_orUnknownStep_isRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("v2.yaml");
    Files.writeString(file, "version: 2\nconnections: []\n");

    assertThatThrownBy(() -> BehaviourFile.load(BehaviourFile.file(file), Set.of(), DEFINITIONS))
        .hasMessageContaining("version 2");
  }
}
