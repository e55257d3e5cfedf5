package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.BrokerSessions;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.RealtimeDouble;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.TestApplication;
import io.robotconnect.adapter.robot.simulator.ReceivedCommand;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.bootstrap.JsonMapping;
import io.robotconnect.bootstrap.Retries;
import io.robotconnect.domain.robot.Robot;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** The robot loop with a simulated robot: it hears phrases and carries out commands. */
public class RobotLoopSteps {
  private static final Duration DEADLINE = Duration.ofSeconds(15);

  private final ScenarioContext context;
  private final IftttTestData data;
  private SimulatedRobot robot;

  public RobotLoopSteps(ScenarioContext context, IftttTestData data) {
    this.context = context;
    this.data = data;
  }

  @Given("the test owner's robot is online")
  public void robotOnline() {
    Robot registered = IftttTestData.testOwnersRobot();
    robot =
        new SimulatedRobot(
                new SimulatedRobot.Link(
                    TestApplication.mqttUrl(),
                    TestApplication.robotTopics(),
                    JsonMapping.mapper(),
                    new Retries().mqttReconnect()),
                registered.id(),
                registered.places())
            .start();
  }

  @When("the owner says {string} to the robot")
  public void ownerSays(String phrase) {
    waitUntil(
        () -> robot.phrases().stream().anyMatch(p -> p.voiceCommand().equalsIgnoreCase(phrase)),
        "the robot to know the phrase \"" + phrase + "\"");
    context.remember(
        "notifications before", Integer.toString(RealtimeDouble.notifications().size()));
    context.remember("heard message", robot.hear(phrase).orElseThrow());
  }

  @Then("IFTTT's Realtime API is told to poll that trigger identity")
  public void realtimeToldToPoll() {
    String identity = context.recall("last identity");
    String owner = IftttTestData.testOwnersRobot().owner().value();
    int before = Integer.parseInt(context.recall("notifications before"));
    // the robot reports one identity of the phrase; the owner's user id makes IFTTT poll the
    // owner's other identities of the same phrase too
    waitUntil(
        () ->
            RealtimeDouble.notifications().stream()
                .skip(before)
                .anyMatch(
                    n ->
                        (n.body().contains("\"trigger_identity\":\"" + identity + "\"")
                                || n.body().contains("\"user_id\":\"" + owner + "\""))
                            && TestApplication.SERVICE_KEY.equals(n.serviceKey())
                            && n.requestId() != null),
        "a Realtime notification for " + identity + " or its owner " + owner);
  }

  @Then("the newest event is {string}")
  public void newestEventIs(String phrase) {
    var items = context.lastJson().path("data");
    assertThat(items.size()).isPositive();
    assertThat(items.get(0).path("voice_command").asText()).isEqualTo(phrase);
    assertThat(items.get(0).path("meta").path("id").asText())
        .isEqualTo(context.recall("heard message"));
  }

  @Then("the robot drives to the sample place")
  public void robotDrivesToSamplePlace() {
    String actionId = context.recall("action id");
    waitUntil(
        () -> robot.commands().stream().anyMatch(c -> c.actionId().equals(actionId)),
        "the move command at the robot");
    ReceivedCommand command =
        robot.commands().stream().filter(c -> c.actionId().equals(actionId)).findFirst().get();
    assertThat(command.name()).isEqualTo("ifttt_move_command");
    assertThat(command.placeName())
        .hasValueSatisfying(p -> assertThat(p).isEqualToIgnoringCase(data.samplePlace()));
  }

  @After
  public void robotOffline() {
    if (robot != null) {
      robot.close();
      if (TestApplication.sharedBroker()) {
        BrokerSessions.end(TestApplication.mqttUrl(), robot.clientId());
      }
    }
  }

  private static void waitUntil(BooleanSupplier condition, String what) {
    Instant giveUp = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("timed out after " + DEADLINE + " waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
