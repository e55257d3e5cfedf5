package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.OwnerAccounts;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.ServiceApiDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dropdown options of the actions' fields. */
public class FieldOptionSteps {
  private final ServiceApiDriver ifttt;
  private final ScenarioContext context;
  private final IftttTestData data;
  private final OwnerAccounts owners;

  public FieldOptionSteps(
      ServiceApiDriver ifttt, ScenarioContext context, IftttTestData data, OwnerAccounts owners) {
    this.ifttt = ifttt;
    this.context = context;
    this.data = data;
    this.owners = owners;
  }

  @Given(
      "an owner whose robot knows the places {string}, {string} and {string} has connected IFTTT")
  public void ownerWithPlaces(String first, String second, String third) {
    data.otherOwner(owners.connectedOwner("Placeful Paula", List.of(first, second, third)));
  }

  @When("IFTTT asks for the options of the {string} field of the {string} action")
  public void askOptions(String field, String action) {
    ifttt.actionFieldOptions(action, field, data.accessToken());
  }

  @When(
      "IFTTT asks for the options of the {string} field of the {string} action with the access token {string}")
  public void askOptionsWithToken(String field, String action, String token) {
    ifttt.actionFieldOptions(action, field, token);
  }

  @When("IFTTT asks for the place options of the move action")
  public void askPlaceOptions() {
    ifttt.actionFieldOptions("move", "place", data.accessToken());
  }

  @When("IFTTT asks for the place options of the move action for that owner")
  public void askPlaceOptionsForOtherOwner() {
    ifttt.actionFieldOptions("move", "place", data.otherOwner().accessToken());
  }

  private List<Map<String, String>> options() {
    List<Map<String, String>> options = new ArrayList<>();
    for (JsonNode option : context.lastJson().path("data")) {
      options.add(
          Map.of("label", option.path("label").asText(), "value", option.path("value").asText()));
    }
    return options;
  }

  @Then("the options are the animation catalogue:")
  public void theOptionsAre(DataTable expected) {
    assertThat(options()).isEqualTo(expected.asMaps());
  }

  @Then("the options are exactly {string}, {string} and {string}")
  public void theOptionsAreExactly(String first, String second, String third) {
    assertThat(options())
        .extracting(option -> option.get("value"))
        .containsExactlyInAnyOrder(first, second, third);
    assertThat(options()).allSatisfy(o -> assertThat(o.get("label")).isEqualTo(o.get("value")));
  }

  @Then("the options include the sample place")
  public void includeSamplePlace() {
    assertThat(options()).extracting(o -> o.get("value")).contains(data.samplePlace());
  }

  @Then("there are at least {int} options")
  public void atLeast(int count) {
    assertThat(options()).hasSizeGreaterThanOrEqualTo(count);
  }

  @Then("there are no options")
  public void noOptions() {
    assertThat(context.lastJson().path("data").isArray()).isTrue();
    assertThat(options()).isEmpty();
  }
}
