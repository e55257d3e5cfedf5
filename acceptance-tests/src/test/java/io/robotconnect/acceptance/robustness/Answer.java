package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One answer of the application, whichever client read it, and what every answer must be. */
record Answer(
    String method, String path, int status, String contentType, String cacheControl, String body) {

  private static final Set<String> OAUTH_ERRORS =
      Set.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope");

  static Answer of(HttpResponse<String> response) {
    return new Answer(
        response.request().method(),
        response.request().uri().getRawPath(),
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Cache-Control").orElse(""),
        response.body());
  }

  static Answer of(Http.RawResponse response) {
    return new Answer(
        response.method(),
        response.path(),
        response.status(),
        response.header("Content-Type"),
        response.header("Cache-Control"),
        response.body());
  }

  ErrorFamily family() {
    return ErrorFamily.of(method, path);
  }

  /** {@code GET /}: a page for people, whose errors are IFTTT's like every other path's. */
  private boolean isLandingPage() {
    return (path.contains("?") ? path.substring(0, path.indexOf('?')) : path).equals("/");
  }

  /**
   * Never a 5xx, a stack trace or an HTML page outside the authorize page and the landing page's
   * 200; every body labelled JSON parses; an error carries its family's body.
   */
  Answer isWellFormed() {
    assertThat(status)
        .as("no server error for %s %s: %s", method, path, Http.abbreviated(body))
        .isLessThan(500);
    assertThat(body)
        .as("no stack trace")
        .doesNotContain("Exception")
        .doesNotContain("at io.")
        .doesNotContain("org.glassfish")
        .doesNotContain("\tat ");
    if (contentType.startsWith(Http.JSON_TYPE)) {
      Http.json(body); // every response labelled JSON parses
    }
    if (family() == ErrorFamily.HTML_PAGE && contentType.startsWith("text/html")) {
      return this;
    }
    if (isLandingPage() && status == 200 && contentType.startsWith("text/html")) {
      return this;
    }
    assertThat(body.toLowerCase(Locale.ROOT)).as("no HTML").doesNotContain("<html");
    if (status < 400) {
      return this;
    }
    assertThat(contentType)
        .as("error content type of %s: %s", status, body)
        .startsWith(Http.JSON_TYPE);
    JsonNode json = Http.json(body);
    switch (family()) {
      case IFTTT -> assertIftttErrors(json);
      case PLATFORM -> {
        assertThat(json.path("type").asText()).as("platform error: %s", body).isEqualTo("error");
        assertThat(json.path("code").asText()).as("platform error code: %s", body).isNotBlank();
        assertThat(json.path("message").asText())
            .as("platform error message: %s", body)
            .isNotBlank();
      }
      case OAUTH, HTML_PAGE -> {
        if (status == 405 || (family() == ErrorFamily.HTML_PAGE && json.has("errors"))) {
          assertIftttErrors(json); // refused before the endpoint runs, as on every IFTTT path
        } else {
          assertThat(json.path("error").asText()).as("RFC 6749 error: %s", body).isIn(OAUTH_ERRORS);
          assertThat(json.path("error_description").isTextual()).as(body).isTrue();
          assertThat(cacheControl).as("RFC 6749 Cache-Control").contains("no-store");
        }
      }
    }
    return this;
  }

  private void assertIftttErrors(JsonNode json) {
    assertThat(json.path("errors").isArray()).as("errors body: %s", body).isTrue();
    assertThat(json.path("errors")).as("errors body: %s", body).isNotEmpty();
    json.path("errors")
        .forEach(
            error ->
                assertThat(error.path("message").asText()).as("message: %s", body).isNotBlank());
  }

  Answer hasStatusIn(Set<Integer> expected) {
    assertThat(expected)
        .as("status %s of %s %s: %s", status, method, path, Http.abbreviated(body))
        .contains(status);
    return this;
  }

  /** The error message (of whichever family), for checks that it names the field. */
  String errorMessage() {
    JsonNode json = Http.json(body);
    return switch (family()) {
      case PLATFORM -> json.path("message").asText() + " " + json.path("details");
      case OAUTH -> json.path("error_description").asText();
      default -> json.path("errors").path(0).path("message").asText();
    };
  }

  static void noProblemsLoggedSince(int mark) {
    List<String> problems = ServerLog.get().problemsSince(mark);
    assertThat(problems).as("ERROR lines or stack traces logged while serving").isEmpty();
  }
}
