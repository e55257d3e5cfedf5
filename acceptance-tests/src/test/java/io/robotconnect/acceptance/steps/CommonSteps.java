package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.adapter.in.rest.Responses;

/** Checks on the last response that every feature uses. */
public class CommonSteps {
  private final ScenarioContext context;

  public CommonSteps(ScenarioContext context) {
    this.context = context;
  }

  @Then("the response status is {int}")
  public void theResponseStatusIs(int status) {
    assertThat(context.lastResponse().statusCode())
        .as("status of %s", context.lastResponse().body())
        .isEqualTo(status);
  }

  @Then("the response is JSON in UTF-8")
  public void theResponseIsJsonInUtf8() {
    // one spelling everywhere, exactly as IFTTT writes it
    assertThat(context.lastResponse().headers().allValues("Content-Type"))
        .containsExactly(Responses.JSON_UTF8);
  }

  @Then("the response has an error message")
  public void theResponseHasAnErrorMessage() {
    if (context.lastResponse().request().uri().getPath().startsWith("/api/v1/")) {
      // the platform's own APIs answer in the Connect API's error format
      assertThat(context.lastJson().path("type").asText()).isEqualTo("error");
      assertThat(context.lastJson().path("code").asText()).isNotBlank();
      assertThat(context.lastJson().path("message").asText()).isNotBlank();
      return;
    }
    JsonNode errors = context.lastJson().path("errors");
    assertThat(errors.isArray()).as("errors is an array").isTrue();
    assertThat(errors).isNotEmpty();
    assertThat(errors.get(0).path("message").asText()).isNotBlank();
  }

  @Then("the error tells IFTTT to skip the action")
  public void theErrorTellsIftttToSkip() {
    assertThat(context.lastJson().path("errors").path(0).path("status").asText()).isEqualTo("SKIP");
  }

  @Then("the error does not tell IFTTT to skip the action")
  public void theErrorDoesNotTellIftttToSkip() {
    assertThat(context.lastJson().path("errors").path(0).has("status")).isFalse();
  }

  @Then("the JSON at {string} is {string}")
  public void theJsonAtIs(String pointer, String expected) {
    assertThat(context.lastJson().at(pointer).asText()).isEqualTo(expected);
  }

  @Then("the response header {string} is {string}")
  public void theResponseHeaderIs(String header, String expected) {
    assertThat(context.lastResponse().headers().firstValue(header)).hasValue(expected);
  }
}
