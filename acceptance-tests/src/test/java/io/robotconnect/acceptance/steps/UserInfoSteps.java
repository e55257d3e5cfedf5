package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.ScenarioContext;

/** IFTTT's user/info call. */
public class UserInfoSteps {
  private final OwnerAccountDriver driver;
  private final ScenarioContext context;

  public UserInfoSteps(OwnerAccountDriver driver, ScenarioContext context) {
    this.driver = driver;
    this.context = context;
  }

  @When("IFTTT asks for the user info with the access token of {string}")
  public void askWithTokenOf(String name) {
    driver.userInfo(context.recall("access token of " + name));
  }

  @When("IFTTT asks for the user info with the access token {string}")
  public void askWithToken(String token) {
    driver.userInfo(token);
  }

  @When("IFTTT asks for the user info with the token remembered as {string}")
  public void askWithRememberedToken(String name) {
    driver.userInfo(context.recall(name));
  }

  @Then("the user info id is remembered as {string}")
  public void rememberTheId(String name) {
    String id = context.lastJson().at("/data/id").asText();
    assertThat(id).isNotBlank();
    assertThat(context.lastJson().at("/data/name").asText()).isNotBlank();
    context.remember(name, id);
  }

  @Then("the user info id is the one remembered as {string}")
  public void theIdIsTheRememberedOne(String name) {
    assertThat(context.lastJson().at("/data/id").asText()).isEqualTo(context.recall(name));
  }

  @When("IFTTT asks for the user info without an access token")
  public void askWithoutToken() {
    driver.userInfo(null);
  }

  @Then("the user info names {string} with her permanent id")
  public void namesOwner(String name) {
    JsonNode data = context.lastJson().path("data");
    assertThat(data.path("name").asText()).isEqualTo(name);
    assertThat(data.path("id").asText()).isEqualTo(context.recall("id of " + name));
    assertThat(data.path("id").asText()).isNotEqualTo(context.recall("email of " + name));
  }
}
