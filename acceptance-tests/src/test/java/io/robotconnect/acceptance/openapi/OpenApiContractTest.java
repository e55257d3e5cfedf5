package io.robotconnect.acceptance.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.acceptance.support.OpenApiContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check of answers against the project's descriptions, on answers made up here. */
class OpenApiContractTest {
  private static final Map<String, List<String>> JSON =
      Map.of(
          "Content-Type",
          List.of("application/json; charset=utf-8"),
          "X-Request-ID",
          List.of("r-1"));
  private static final String IFTTT_ERROR = "{\"errors\":[{\"message\":\"Not found\"}]}";
  private static final String PLATFORM_ERROR =
      "{\"type\":\"error\",\"code\":\"not_found\",\"message\":\"Not found\",\"details\":[]}";

  @Test
  void a_described_answer_passes() {
    assertThatCode(
            () -> OpenApiContract.check("GET", "/health/live", 200, JSON, "{\"status\":\"UP\"}"))
        .doesNotThrowAnyException();
  }

  @Test
  void a_key_the_description_does_not_have_fails() {
    assertThatThrownBy(
            () ->
                OpenApiContract.check(
                    "GET", "/health/live", 200, JSON, "{\"status\":\"UP\",\"extra\":1}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("admin-api.yaml");
  }

  @Test
  void a_missing_request_id_fails() {
    Map<String, List<String>> withoutId =
        Map.of("Content-Type", List.of("application/json; charset=utf-8"));
    assertThatThrownBy(
            () ->
                OpenApiContract.check("GET", "/health/live", 200, withoutId, "{\"status\":\"UP\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("X-Request-ID");
  }

  @Test
  void a_status_the_operation_does_not_describe_fails() {
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/health/live", 201, JSON, "{\"status\":\"UP\"}"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void an_error_body_of_another_family_fails() {
    assertThatThrownBy(
            () ->
                OpenApiContract.check(
                    "GET", "/third-party/ifttt/v1/user/info", 401, JSON, PLATFORM_ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("service-api.yaml");
  }

  @Test
  void an_unknown_path_must_answer_its_familys_404() {
    assertThatCode(() -> OpenApiContract.check("GET", "/api/v1/nothing", 404, JSON, PLATFORM_ERROR))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> OpenApiContract.check("GET", "/third-party/nothing", 404, JSON, IFTTT_ERROR))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/api/v1/nothing", 404, JSON, IFTTT_ERROR))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/api/v1/nothing", 200, JSON, PLATFORM_ERROR))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void a_method_the_path_does_not_take_must_answer_405() {
    assertThatCode(() -> OpenApiContract.check("POST", "/health/live", 405, JSON, IFTTT_ERROR))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> OpenApiContract.check("POST", "/health/live", 404, JSON, IFTTT_ERROR))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void a_path_that_is_not_percent_encoded_utf8_must_answer_400() {
    assertThatCode(() -> OpenApiContract.check("GET", "/health/live%zz", 400, JSON, IFTTT_ERROR))
        .doesNotThrowAnyException();
    assertThatCode(() -> OpenApiContract.check("GET", "/health/%c0%af", 400, JSON, IFTTT_ERROR))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/health/live%zz", 404, JSON, IFTTT_ERROR))
        .isInstanceOf(AssertionError.class);
  }
}
