package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.RobotDouble;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.ServiceApiDriver;
import io.robotconnect.acceptance.support.TestApplication;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Polls, validation and identity deletion of the voice_command trigger. */
public class VoiceCommandTriggerSteps {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ROBOT_DEADLINE = Duration.ofSeconds(10);

  private final ServiceApiDriver ifttt;
  private final ScenarioContext context;
  private final IftttTestData data;
  private final RobotDouble robots;

  public VoiceCommandTriggerSteps(
      ServiceApiDriver ifttt, ScenarioContext context, IftttTestData data, RobotDouble robots) {
    this.ifttt = ifttt;
    this.context = context;
    this.data = data;
    this.robots = robots;
  }

  private void poll(String identity, String phrase, Integer limit) {
    ifttt.poll(
        "voice_command",
        data.accessToken(),
        ServiceApiDriver.pollBody(identity, Map.of("voice_command", phrase), limit));
  }

  /** The identity IFTTT uses for the sample Applet throughout one scenario. */
  private String sampleIdentity() {
    if (!context.knows("sample identity")) {
      context.remember("sample identity", ServiceApiDriver.newTriggerIdentity());
    }
    return context.recall("sample identity");
  }

  @When("IFTTT polls the voice_command trigger for the sample phrase")
  public void pollSample() {
    poll(sampleIdentity(), data.samplePhrase(), null);
  }

  @When("IFTTT polls the voice_command trigger for the sample phrase with limit {int}")
  public void pollSampleWithLimit(int limit) {
    poll(sampleIdentity(), data.samplePhrase(), limit);
  }

  @When("IFTTT polls the voice_command trigger for the sample phrase as a new trigger identity")
  public void pollSampleAsNewIdentity() {
    poll(ServiceApiDriver.newTriggerIdentity(), data.samplePhrase(), null);
  }

  @When("IFTTT polls the voice_command trigger for the sample phrase in capitals with extra spaces")
  public void pollSampleInCapitals() {
    poll(
        sampleIdentity(), "  " + data.samplePhrase().toUpperCase().replace(" ", "   ") + " ", null);
  }

  @When("IFTTT polls the voice_command trigger for the phrase {string}")
  public void pollPhrase(String phrase) {
    poll(sampleIdentity(), phrase, null);
  }

  @Given("IFTTT polled the voice_command trigger for the phrase {string} as a new trigger identity")
  @When("IFTTT polls the voice_command trigger for the phrase {string} as a new trigger identity")
  public void pollPhraseAsNewIdentity(String phrase) {
    String identity = ServiceApiDriver.newTriggerIdentity();
    context.remember("last identity", identity);
    poll(identity, phrase, null);
    assertThat(context.lastResponse().statusCode()).isEqualTo(200);
  }

  @When("IFTTT polls the voice_command trigger for the sample phrase with an extra key {string}")
  public void pollWithExtraKey(String key) throws IOException {
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                ServiceApiDriver.pollBody(
                    sampleIdentity(), Map.of("voice_command", data.samplePhrase()), null));
    body.putObject(key).put("nested", true).putArray("list").add(1);
    ((ObjectNode) body.path("triggerFields")).put(key, "x");
    ifttt.poll("voice_command", data.accessToken(), body.toString());
  }

  @When("^IFTTT polls the voice_command trigger with the body (.*)$")
  public void pollWithBody(String body) {
    ifttt.poll("voice_command", data.accessToken(), body);
  }

  @When(
      "IFTTT polls the voice_command trigger for the sample phrase with the access token {string}")
  public void pollWithToken(String token) {
    ifttt.poll(
        "voice_command",
        token,
        ServiceApiDriver.pollBody(
            sampleIdentity(), Map.of("voice_command", data.samplePhrase()), null));
  }

  @When("IFTTT polls the trigger {string}")
  public void pollTrigger(String trigger) {
    ifttt.poll(
        trigger,
        data.accessToken(),
        ServiceApiDriver.pollBody(sampleIdentity(), Map.of("voice_command", "x"), null));
  }

  @Then("the trigger answers exactly {int} items")
  public void answersExactly(int items) {
    assertThat(context.lastJson().path("data")).hasSize(items);
  }

  @Then("the trigger answers at least {int} items, newest first")
  public void answersAtLeastNewestFirst(int items) {
    JsonNode list = context.lastJson().path("data");
    assertThat(list.size()).isGreaterThanOrEqualTo(items);
    List<Long> timestamps = new ArrayList<>();
    list.forEach(item -> timestamps.add(item.path("meta").path("timestamp").asLong()));
    assertThat(timestamps).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Then(
      "every item has the phrase, a created_at date with offset and meta with an id and a timestamp in seconds")
  public void everyItemIsWellFormed() {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : context.lastJson().path("data")) {
      assertThat(item.path("voice_command").asText()).isEqualTo(data.samplePhrase());
      OffsetDateTime createdAt =
          OffsetDateTime.parse(
              item.path("created_at").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      JsonNode meta = item.path("meta");
      assertThat(meta.path("id").asText()).isNotBlank();
      assertThat(meta.path("timestamp").isIntegralNumber()).isTrue();
      assertThat(meta.path("timestamp").asLong()).isEqualTo(createdAt.toEpochSecond());
      ids.add(meta.path("id").asText());
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Given("the robots are listening")
  public void theRobotsAreListening() {
    robots.listen();
  }

  @Given("the test owner's robot got a phrase list with {string}")
  @Then("the test owner's robot gets a phrase list with {string}")
  public void robotGetsPhraseListWith(String phrase) {
    String robot = IftttTestData.testOwnersRobot().id().toString();
    RobotDouble.Received list =
        robots.phraseListWhere(
            phrases -> phrases.contains(phrase), ROBOT_DEADLINE, "with \"" + phrase + "\"");
    assertThat(list.robotId()).isEqualTo(robot);
  }

  @Then("the test owner's robot gets a phrase list without {string}")
  public void robotGetsPhraseListWithout(String phrase) {
    String robot = IftttTestData.testOwnersRobot().id().toString();
    RobotDouble.Received list =
        robots.phraseListWhere(
            phrases -> !phrases.contains(phrase), ROBOT_DEADLINE, "without \"" + phrase + "\"");
    assertThat(list.robotId()).isEqualTo(robot);
  }

  @When("the test owner's robot hears {string} for that trigger identity")
  public void robotHears(String phrase) {
    robots.hears(
        IftttTestData.testOwnersRobot().id().toString(), context.recall("last identity"), phrase);
  }

  @Then("IFTTT's next poll of that identity soon answers {int} item(s) with the phrase {string}")
  public void nextPollAnswers(int items, String phrase) {
    String identity = context.recall("last identity");
    java.time.Instant deadline = java.time.Instant.now().plus(ROBOT_DEADLINE);
    while (true) {
      poll(identity, phrase, null);
      JsonNode data = context.lastJson().path("data");
      if (data.size() == items) {
        data.forEach(item -> assertThat(item.path("voice_command").asText()).isEqualTo(phrase));
        return;
      }
      if (java.time.Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "after " + ROBOT_DEADLINE + " the poll still answers " + context.lastResponse().body());
      }
      robots.pause(java.time.Duration.ofMillis(100));
    }
  }

  @When("IFTTT deletes that trigger identity with the service key")
  public void deleteLastIdentity() {
    deleteWithKey(context.recall("last identity"));
  }

  @When("IFTTT deletes the trigger identity {string} with the service key")
  public void deleteWithKey(String identity) {
    ifttt.deleteTriggerIdentity(
        "voice_command", identity, ServiceApiDriver.serviceKeyHeaders(TestApplication.SERVICE_KEY));
  }

  @When("IFTTT deletes the trigger identity {string} without credentials")
  public void deleteWithoutCredentials(String identity) {
    ifttt.deleteTriggerIdentity("voice_command", identity, Map.of());
  }

  @When("^IFTTT validates the phrase \"(.*)\"$")
  public void validatePhrase(String phrase) {
    ifttt.validateTriggerField("voice_command", "voice_command", data.accessToken(), phrase);
  }

  @When("IFTTT validates the phrase of {int} characters")
  public void validateLongPhrase(int length) {
    validatePhrase("a".repeat(length));
  }

  @Then("the phrase is valid")
  public void thePhraseIsValid() {
    assertThat(context.lastJson().path("data").path("valid").asBoolean()).isTrue();
  }

  @Then("the phrase is invalid with a message")
  public void thePhraseIsInvalid() {
    JsonNode verdict = context.lastJson().path("data");
    assertThat(verdict.path("valid").isBoolean()).isTrue();
    assertThat(verdict.path("valid").asBoolean()).isFalse();
    assertThat(verdict.path("message").asText()).isNotBlank();
  }
}
