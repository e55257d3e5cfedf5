package io.robotconnect.acceptance.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.robotconnect.acceptance.support.OpenApi30View;
import org.junit.jupiter.api.Test;

class OpenApi30ViewTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static String description(String schemas) {
    return "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        + schemas;
  }

  private static JsonNode schemas(String description31) throws Exception {
    JsonNode view = YAML.readTree(OpenApi30View.of(description31));
    assertThat(view.path("openapi").asText()).isEqualTo("3.0.3");
    return view.path("components").path("schemas");
  }

  @Test
  void a_type_with_null_becomes_a_nullable_type() throws Exception {
    JsonNode schemas = schemas(description("    A: {type: [string, 'null'], maxLength: 3}\n"));

    assertThat(schemas.path("A").path("type").asText()).isEqualTo("string");
    assertThat(schemas.path("A").path("nullable").asBoolean()).isTrue();
    assertThat(schemas.path("A").path("maxLength").asInt()).isEqualTo(3);
  }

  @Test
  void a_null_alternative_becomes_a_schema_only_null_matches() throws Exception {
    JsonNode schemas =
        schemas(
            description(
                "    A:\n      oneOf:\n        - {type: integer}\n        - {type: 'null'}\n"));

    JsonNode nullOnly = schemas.path("A").path("oneOf").path(1);
    assertThat(nullOnly.path("nullable").asBoolean()).isTrue();
    assertThat(nullOnly.path("enum")).hasSize(1);
    assertThat(nullOnly.path("enum").path(0).isNull()).isTrue();
  }

  @Test
  void a_property_named_like_a_3_1_keyword_is_just_a_property() throws Exception {
    JsonNode schemas =
        schemas(
            description(
                "    A:\n      type: object\n      properties:\n        const: {type: string}\n"));

    assertThat(schemas.path("A").path("properties").has("const")).isTrue();
  }

  @Test
  void keywords_without_a_3_0_form_are_refused() {
    assertThatThrownBy(() -> OpenApi30View.of(description("    A: {const: x}\n")))
        .hasMessageContaining("const");
    assertThatThrownBy(
            () -> OpenApi30View.of(description("    A: {type: string, examples: [a]}\n")))
        .hasMessageContaining("examples");
    assertThatThrownBy(
            () -> OpenApi30View.of(description("    A: {type: number, exclusiveMinimum: 0}\n")))
        .hasMessageContaining("exclusiveMinimum");
    assertThatThrownBy(() -> OpenApi30View.of(description("    A: {type: [string, integer]}\n")))
        .hasMessageContaining("type");
    assertThatThrownBy(
            () -> OpenApi30View.of(description("    A: {type: string, nullable: true}\n")))
        .hasMessageContaining("nullable");
  }

  @Test
  void only_3_1_descriptions_are_taken() {
    assertThatThrownBy(() -> OpenApi30View.of("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"))
        .hasMessageContaining("3.1");
  }
}
