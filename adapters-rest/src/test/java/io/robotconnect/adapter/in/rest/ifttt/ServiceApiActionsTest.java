package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.adapter.in.rest.ifttt.ServiceApiActions.ActionFields;
import io.robotconnect.adapter.in.rest.ifttt.ServiceApiActions.OptionSource;
import io.robotconnect.application.port.in.RobotAction;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceApiActionsTest {

  private static RobotAction parse(String slug, Map<String, String> fields) {
    return ServiceApiActions.named(slug).parse().apply(new ActionFields(fields));
  }

  @Test
  void thePathPatterns_nameExactlyTheActionsAndOptionFieldsOfTheTable() {
    assertThat(ServiceApiActions.SLUGS.split("\\|"))
        .containsExactlyElementsOf(
            ServiceApiActions.ALL.stream().map(ServiceApiActions.Action::slug).toList());
    Set<String> optionFields =
        ServiceApiActions.ALL.stream()
            .flatMap(
                action ->
                    action.options().keySet().stream()
                        .map(field -> action.slug() + "/fields/" + field))
            .collect(Collectors.toSet());
    assertThat(
            Arrays.stream(ServiceApiActions.OPTION_FIELDS.split("\\|")).collect(Collectors.toSet()))
        .isEqualTo(optionFields);
  }

  @Test
  void eachSlug_readsItsFieldsIntoTheRobotAction() {
    assertThat(parse("animation", Map.of("action", "giggle")))
        .isEqualTo(new RobotAction.PlayAnimation("giggle"));
    assertThat(parse("move", Map.of("place", "Kitchen", "action", "joke")))
        .isEqualTo(new RobotAction.MoveToPlace("Kitchen", Optional.of("joke")));
    assertThat(parse("move", Map.of("place", "Kitchen", "action", " ")))
        .isEqualTo(new RobotAction.MoveToPlace("Kitchen", Optional.empty()));
    assertThat(parse("dock", Map.of("extra", "ignored"))).isEqualTo(new RobotAction.Dock());
  }

  @Test
  void missingOrOversizedFields_areRefusedWithIftttsFieldNames() {
    assertThatThrownBy(() -> parse("animation", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actionFields.action");
    assertThatThrownBy(() -> parse("move", Map.of("action", "joke")))
        .hasMessageContaining("actionFields.place");
    assertThatThrownBy(() -> parse("animation", Map.of("action", "a".repeat(101))))
        .hasMessageContaining("actionFields.action");
    assertThatThrownBy(() -> parse("move", Map.of("place", "p".repeat(101))))
        .hasMessageContaining("actionFields.place");
    assertThatThrownBy(() -> parse("move", Map.of("place", "Kitchen", "action", "a".repeat(101))))
        .hasMessageContaining("actionFields.action");
  }

  @Test
  void optionFields_sayWhereTheirChoicesComeFrom() {
    assertThat(ServiceApiActions.optionsOf("animation/fields/action"))
        .isEqualTo(OptionSource.ANIMATIONS);
    assertThat(ServiceApiActions.optionsOf("move/fields/action"))
        .isEqualTo(OptionSource.ANIMATIONS);
    assertThat(ServiceApiActions.optionsOf("move/fields/place")).isEqualTo(OptionSource.PLACES);
  }
}
