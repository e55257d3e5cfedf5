package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.TestApplication;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Ops' admin API and the owner's app: accounts, sessions, connecting and disconnecting IFTTT. */
public class OwnerAppSteps {
  private final OwnerAccountDriver driver;
  private final ScenarioContext context;

  public OwnerAppSteps(OwnerAccountDriver driver, ScenarioContext context) {
    this.driver = driver;
    this.context = context;
  }

  @Given("ops created the robot owner {string}")
  public void opsCreatedTheOwner(String name) {
    HttpResponse<String> response = driver.createOwner(name, TestApplication.ADMIN_TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    context.remember("id of " + name, OwnerAccountDriver.json(response).at("/data/id").asText());
    context.remember(
        "location of " + name, response.headers().firstValue("Location").orElseThrow());
    context.remember("creation of " + name, OwnerAccountDriver.json(response).toString());
  }

  @When("ops read back the robot owner {string} at the Location they were given")
  public void readBackTheOwner(String name) {
    driver.readBack(context.recall("location of " + name));
  }

  @Then("the answer is what the creation of {string} answered")
  public void theAnswerIsTheCreations(String name) {
    assertThat(context.lastJson().toString()).isEqualTo(context.recall("creation of " + name));
  }

  @When("ops read back the robot at the Location of that answer")
  public void readBackTheRobot() {
    HttpResponse<String> registration = context.lastResponse();
    assertThat(registration.statusCode()).as(registration.body()).isEqualTo(201);
    driver.readBack(registration.headers().firstValue("Location").orElseThrow());
  }

  @When("ops read back the robot owner with the id {string}")
  public void readBackAnOwnerById(String id) {
    driver.readBack("/api/v1/admin/owners/" + id);
  }

  @When("someone without the admin token tries to create the robot owner {string}")
  public void createOwnerWithoutAdminToken(String name) {
    driver.createOwner(name, "not-the-admin-token");
  }

  @When("ops register the robot {string} with the places {string} for {string}")
  public void opsRegisterARobot(String robot, String places, String owner) {
    String placesJson =
        Arrays.stream(places.split(","))
            .map(String::strip)
            .map(p -> "{\"name\":\"" + p + "\",\"waypointUuid\":\"" + UUID.randomUUID() + "\"}")
            .collect(Collectors.joining(","));
    driver.registerRobot(
        context.recall("id of " + owner),
        "{\"name\":\"" + robot + "\",\"places\":[" + placesJson + "]}");
  }

  @Then("the response lists the places {string}")
  public void theResponseListsThePlaces(String places) {
    JsonNode listed = context.lastJson().at("/data/places");
    assertThat(listed.findValuesAsText("name"))
        .containsExactly(
            Arrays.stream(places.split(",")).map(String::strip).toArray(String[]::new));
  }

  @When("the owner's app signs in as {string} with her password")
  public void signInWithRightPassword(String name) {
    driver.signIn(context.recall("email of " + name), OwnerAccountDriver.PASSWORD);
  }

  @When("the owner's app signs in as {string} with the password {string}")
  public void signInWithPassword(String name, String password) {
    driver.signIn(context.recall("email of " + name), password);
  }

  @When("the owner's app signs in as {string} with the password {string} {int} times")
  public void signInRepeatedly(String name, String password, int times) {
    for (int i = 0; i < times; i++) {
      signInWithPassword(name, password);
    }
  }

  @Then("the app is told to wait at most {int} seconds before trying again")
  public void toldToWait(int maxSeconds) {
    String retryAfter = context.lastResponse().headers().firstValue("Retry-After").orElseThrow();
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, maxSeconds);
  }

  @When("the owner's app signs in with the unknown e-mail address {string}")
  public void signInUnknown(String email) {
    driver.signIn(email, OwnerAccountDriver.PASSWORD);
  }

  @When("the owner's app sends the sign-in body {string}")
  public void signInWithBody(String body) {
    driver.signInWithBody(body);
  }

  @When("the owner's app remembers the answer")
  public void rememberTheAnswer() {
    context.remember("remembered answer", context.lastResponse().body());
  }

  @Then("the answer is the same as the remembered one")
  public void theAnswerIsTheSame() {
    assertThat(context.lastResponse().body()).isEqualTo(context.recall("remembered answer"));
  }

  @Then("the response contains a session token")
  public void theResponseContainsASessionToken() {
    assertThat(context.lastJson().at("/data/token").asText()).hasSizeGreaterThanOrEqualTo(43);
  }

  @Given("{string} is signed in to the owner's app")
  public void isSignedIn(String name) {
    HttpResponse<String> response =
        driver.signIn(context.recall("email of " + name), OwnerAccountDriver.PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    context.remember(
        "session of " + name, OwnerAccountDriver.json(response).at("/data/token").asText());
    context.remember("signed-in owner", name);
  }

  @When("the owner's app signs out {string}")
  public void signOut(String name) {
    driver.signOut(context.recall("session of " + name));
  }

  @When("the owner's app asks for the third-party connections of {string}")
  public void askThirdPartyConnections(String name) {
    driver.thirdPartyInfo(context.recall("session of " + name));
  }

  @When("the owner's app asks for the third-party connections without a session")
  public void askThirdPartyConnectionsWithoutSession() {
    driver.thirdPartyInfo(null);
  }

  @Then("IFTTT is listed as connected")
  public void iftttIsConnected() {
    assertIftttConnected(true);
  }

  @Then("IFTTT is listed as not connected")
  public void iftttIsNotConnected() {
    assertIftttConnected(false);
  }

  @Then("the owner's app shows IFTTT as not connected for {string}")
  public void appShowsNotConnected(String name) {
    driver.thirdPartyInfo(context.recall("session of " + name));
    assertIftttConnected(false);
  }

  private void assertIftttConnected(boolean connected) {
    JsonNode entry = context.lastJson().at("/data/0");
    assertThat(entry.path("name").asText()).isEqualTo("IFTTT");
    assertThat(entry.path("isConnected").isBoolean()).isTrue();
    assertThat(entry.path("isConnected").asBoolean()).isEqualTo(connected);
  }

  @When("the owner's app asks for an authorization code for the client {string}")
  public void askForACode(String clientId) {
    String session = context.recall("session of " + onlySignedInOwner());
    HttpResponse<String> response = driver.requestAuthorizationCode(session, clientId);
    if (response.statusCode() == 201) {
      context.remember(
          "authorization code", OwnerAccountDriver.json(response).at("/data/0/code").asText());
    }
  }

  @Then("the response contains an authorization code")
  public void theResponseContainsACode() {
    assertThat(context.lastJson().at("/data/0/code").asText()).isNotBlank();
  }

  @Given("{string} has connected IFTTT")
  public void hasConnectedIfttt(String name) {
    isSignedIn(name);
    HttpResponse<String> code =
        driver.requestAuthorizationCode(
            context.recall("session of " + name), TestApplication.OAUTH_CLIENT_ID);
    assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
    HttpResponse<String> tokens =
        driver.tokenRequest(
            OwnerAccountDriver.codeGrant(
                OwnerAccountDriver.json(code).at("/data/0/code").asText(),
                TestApplication.OAUTH_CLIENT_SECRET));
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    OAuthSteps.rememberTokens(context, name, tokens);
  }

  @Given("the owner's app holds an unused authorization code for {string}")
  public void holdsAnUnusedCode(String name) {
    HttpResponse<String> code =
        driver.requestAuthorizationCode(
            context.recall("session of " + name), TestApplication.OAUTH_CLIENT_ID);
    assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
    context.remember("unused code", OwnerAccountDriver.json(code).at("/data/0/code").asText());
  }

  @When("the owner's app disconnects IFTTT for {string}")
  public void disconnect(String name) {
    driver.disconnectIfttt(context.recall("session of " + name));
  }

  @Then("IFTTT's access token for {string} no longer works")
  public void accessTokenNoLongerWorks(String name) {
    HttpResponse<String> response = driver.userInfo(context.recall("access token of " + name));
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Then("IFTTT's refresh token for {string} no longer works")
  public void refreshTokenNoLongerWorks(String name) {
    HttpResponse<String> response =
        driver.tokenRequest(
            OwnerAccountDriver.refreshGrant(context.recall("refresh token of " + name)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(OwnerAccountDriver.json(response).path("error").asText()).isEqualTo("invalid_grant");
  }

  @Then("the unused authorization code no longer works")
  public void unusedCodeNoLongerWorks() {
    HttpResponse<String> response =
        driver.tokenRequest(
            OwnerAccountDriver.codeGrant(
                context.recall("unused code"), TestApplication.OAUTH_CLIENT_SECRET));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(OwnerAccountDriver.json(response).path("error").asText()).isEqualTo("invalid_grant");
  }

  private String onlySignedInOwner() {
    return context.recall("signed-in owner");
  }
}
