package io.robotconnect.domain.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTemplateTest {

  @Test
  void ingredients_areFilledIn() {
    FieldTemplate template =
        new FieldTemplate("New file: {{ingredients.FileName}} ({{ ingredients.Size }})");

    assertThat(template.render(Map.of("FileName", "Street Art", "Size", "3 kB")))
        .isEqualTo("New file: Street Art (3 kB)");
    assertThat(template.ingredients()).containsExactly("FileName", "Size");
  }

  @Test
  void missingIngredient_rendersEmpty() {
    assertThat(new FieldTemplate("[{{ingredients.Nope}}]").render(Map.of())).isEqualTo("[]");
  }

  @Test
  void replacementText_isTakenLiterally() {
    assertThat(new FieldTemplate("{{ingredients.A}}").render(Map.of("A", "$1 \\o/")))
        .isEqualTo("$1 \\o/");
  }

  @Test
  void givenOtherReferences_template_isRejected() {
    assertThatThrownBy(() -> new FieldTemplate("{{user.password}}"))
        .hasMessageContaining("only use {{ingredients.Name}}");
    assertThatThrownBy(() -> new FieldTemplate("{{ingredients.A"))
        .hasMessageContaining("unbalanced");
  }
}
