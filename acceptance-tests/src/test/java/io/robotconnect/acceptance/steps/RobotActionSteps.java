package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.OwnerAccounts;
import io.robotconnect.acceptance.support.RobotDouble;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.ServiceApiDriver;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The animation, move and dock actions, and the robots that receive them. */
public class RobotActionSteps {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ROBOT_DEADLINE = Duration.ofSeconds(10);

  private final ServiceApiDriver ifttt;
  private final ScenarioContext context;
  private final IftttTestData data;
  private final RobotDouble robots;
  private final OwnerAccounts owners;

  public RobotActionSteps(
      ServiceApiDriver ifttt,
      ScenarioContext context,
      IftttTestData data,
      RobotDouble robots,
      OwnerAccounts owners) {
    this.ifttt = ifttt;
    this.context = context;
    this.data = data;
    this.robots = robots;
    this.owners = owners;
  }

  private void run(String action, String token, JsonNode fields) {
    ifttt.runAction(action, token, ServiceApiDriver.actionBody(fields));
  }

  private static ObjectNode fields(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON object: " + json, e);
    }
  }

  @When("^IFTTT runs the \"([a-z_]+)\" action with (\\{.*\\})$")
  public void runWith(String action, String actionFields) {
    run(action, data.accessToken(), fields(actionFields));
  }

  @When("^IFTTT runs the \"move\" action to the sample place with (\\{.*\\})$")
  public void moveToSamplePlaceWith(String actionFields) {
    run("move", data.accessToken(), fields(actionFields).put("place", data.samplePlace()));
  }

  @When("IFTTT runs the {string} action to the sample place in lower case")
  public void moveToSamplePlaceInLowerCase(String action) {
    run(
        action,
        data.accessToken(),
        JSON.createObjectNode().put("place", data.samplePlace().toLowerCase()));
  }

  @When("^IFTTT runs the \"([a-z_]+)\" action with the body (.*)$")
  public void runWithBody(String action, String body) {
    ifttt.runAction(action, data.accessToken(), body);
  }

  @When("IFTTT runs the {string} action with the access token {string}")
  public void runWithToken(String action, String token) {
    run(action, token, JSON.createObjectNode());
  }

  @Given("an owner without a robot has connected IFTTT")
  public void ownerWithoutRobot() {
    data.otherOwner(owners.connectedOwner("Robotless Rita", List.of()));
  }

  @Given("an owner whose robot knows only the place {string} has connected IFTTT")
  public void ownerWithOnePlace(String place) {
    data.otherOwner(owners.connectedOwner("Garage Gary", List.of(place)));
  }

  @When("IFTTT runs the {string} action for that owner")
  public void runForOtherOwner(String action) {
    robots.listen();
    run(action, data.otherOwner().accessToken(), JSON.createObjectNode());
  }

  @When("IFTTT runs the {string} action to the sample place for that owner")
  public void runToSamplePlaceForOtherOwner(String action) {
    robots.listen();
    run(
        action,
        data.otherOwner().accessToken(),
        JSON.createObjectNode().put("place", data.samplePlace()));
  }

  @Then("the action answers an action id")
  public void answersAnActionId() {
    JsonNode results = context.lastJson().path("data");
    assertThat(results).hasSize(1);
    String id = results.path(0).path("id").asText();
    assertThat(id).isNotBlank();
    context.remember("action id", id);
  }

  @Then("the test owner's robot receives {string} with that action id and {string} {string}")
  public void robotReceivesWithParam(String command, String param, String value) {
    RobotDouble.Received received = receivedByTestRobot(command);
    assertThat(received.payload().path("params").path(param).asText()).isEqualTo(value);
  }

  @Then("the test owner's robot receives {string} with that action id and no {string}")
  public void robotReceivesWithoutParam(String command, String param) {
    RobotDouble.Received received = receivedByTestRobot(command);
    assertThat(received.payload().path("params").has(param)).isFalse();
  }

  @Then("that command goes to the waypoint of the sample place")
  public void goesToWaypointOfSamplePlace() {
    RobotDouble.Received received =
        robots.commandWithActionId(context.recall("action id"), ROBOT_DEADLINE);
    assertThat(received.payload().path("params").path("waypoint_uuid").asText())
        .isEqualTo(IftttTestData.waypointOf(data.samplePlace()).toString());
  }

  @Then("no robot receives a command for it")
  public void noRobotReceivesACommand() {
    assertThat(context.lastJson().path("data").isMissingNode()).isTrue();
    assertThatThrownBy(
            () ->
                robots.commandToRobot(
                    IftttTestData.testOwnersRobot().id().toString(), Duration.ofMillis(500)))
        .isInstanceOf(AssertionError.class);
  }

  private RobotDouble.Received receivedByTestRobot(String command) {
    if (!context.knows("action id")) {
      answersAnActionId();
    }
    RobotDouble.Received received =
        robots.commandWithActionId(context.recall("action id"), ROBOT_DEADLINE);
    assertThat(received.robotId()).isEqualTo(IftttTestData.testOwnersRobot().id().toString());
    assertThat(received.payload().path("name").asText()).isEqualTo(command);
    assertThat(received.envelope().path("message_origin").asText()).isEqualTo("cloud");
    return received;
  }
}
