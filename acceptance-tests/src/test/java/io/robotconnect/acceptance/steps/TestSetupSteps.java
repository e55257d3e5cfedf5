package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.OpenApiContract;
import io.robotconnect.acceptance.support.RobotDouble;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.ServiceApiDriver;
import io.robotconnect.acceptance.support.TestApplication;
import java.net.http.HttpResponse;
import java.util.Map;

/** Status, test setup, and the contract check every Service API answer can be put to. */
public class TestSetupSteps {
  private final ServiceApiDriver ifttt;
  private final ScenarioContext context;
  private final IftttTestData data;
  private final RobotDouble robots;

  public TestSetupSteps(
      ServiceApiDriver ifttt, ScenarioContext context, IftttTestData data, RobotDouble robots) {
    this.ifttt = ifttt;
    this.context = context;
    this.data = data;
    this.robots = robots;
  }

  @After
  public void stopListening() {
    robots.close();
  }

  @Given("IFTTT has set up its test data")
  @When("IFTTT sets up its test data again")
  public void iftttHasSetUpItsTestData() {
    callTestSetup(TestApplication.SERVICE_KEY);
    assertThat(context.lastResponse().statusCode())
        .as(context.lastResponse().body())
        .isEqualTo(200);
  }

  @When("IFTTT calls test setup with the service key")
  public void callTestSetupWithKey() {
    callTestSetup(TestApplication.SERVICE_KEY);
  }

  @When("IFTTT calls test setup with the service key {string}")
  public void callTestSetup(String key) {
    HttpResponse<String> response = ifttt.testSetup(key);
    if (response.statusCode() == 200) {
      data.setup(context.lastJson().path("data"));
    }
  }

  @When("IFTTT calls test setup without a service key")
  public void callTestSetupWithoutKey() {
    ifttt.testSetup(null);
  }

  @Given("IFTTT remembers the test token as {string}")
  public void rememberToken(String name) {
    context.remember(name, data.accessToken());
  }

  @Then("the response matches IFTTT's Service API definition")
  public void theResponseMatchesTheDefinition() {
    HttpResponse<String> response = context.lastResponse();
    OpenApiContract.checkAgainstIftttDefinition(
        response.request().method(), response.uri().getRawPath(), response);
  }

  @Then("test setup answers an access token")
  public void answersAnAccessToken() {
    assertThat(data.accessToken()).isNotBlank();
  }

  @Then("test setup has a trigger sample for the {string} field of {string}")
  public void hasTriggerSample(String field, String trigger) {
    assertThat(data.samples().path("triggers").path(trigger).path(field).asText()).isNotBlank();
  }

  @Then("test setup has a valid and an invalid sample for the {string} field of {string}")
  public void hasValidationSamples(String field, String trigger) {
    JsonNode samples = data.samples().path("triggerFieldValidations").path(trigger).path(field);
    assertThat(samples.has("valid")).isTrue();
    assertThat(samples.has("invalid")).isTrue();
  }

  @Then("test setup has action samples for {string}, {string} and {string}")
  public void hasActionSamples(String first, String second, String third) {
    assertThat(data.samples().path("actions").fieldNames())
        .toIterable()
        .contains(first, second, third);
  }

  @Then("test setup has record-skipping samples for {string} and {string}")
  public void hasSkippingSamples(String first, String second) {
    assertThat(data.samples().path("actionRecordSkipping").fieldNames())
        .toIterable()
        .contains(first, second);
  }

  @Then("polling the sample trigger with {string} answers exactly {int} items")
  public void pollingWithRememberedToken(String tokenName, int items) {
    pollSample(context.recall(tokenName), items);
  }

  @Then("polling the sample trigger with the newest test token answers exactly {int} items")
  public void pollingWithNewestToken(int items) {
    pollSample(data.accessToken(), items);
  }

  private void pollSample(String token, int items) {
    HttpResponse<String> response =
        ifttt.poll(
            "voice_command",
            token,
            ServiceApiDriver.pollBody(
                ServiceApiDriver.newTriggerIdentity(),
                Map.of("voice_command", data.samplePhrase()),
                null));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(context.lastJson().path("data")).hasSize(items);
  }
}
