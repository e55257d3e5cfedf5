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
import java.util.LinkedHashMap;
import java.util.Map;

/** The authorize page in the owner's browser, and IFTTT at the token endpoint. */
public class OAuthSteps {
  private final OwnerAccountDriver driver;
  private final ScenarioContext context;

  public OAuthSteps(OwnerAccountDriver driver, ScenarioContext context) {
    this.driver = driver;
    this.context = context;
  }

  static void rememberTokens(ScenarioContext context, String name, HttpResponse<String> tokens) {
    JsonNode body = OwnerAccountDriver.json(tokens);
    if (context.knows("refresh token of " + name)) {
      context.remember(
          "older refresh token of " + name, context.recall("refresh token of " + name));
    }
    context.remember("access token of " + name, body.path("access_token").asText());
    context.remember("refresh token of " + name, body.path("refresh_token").asText());
  }

  @When("IFTTT sends the owner's browser to the authorize page with the state {string}")
  public void openAuthorizePage(String state) {
    driver.openAuthorizePage(
        TestApplication.OAUTH_CLIENT_ID, OwnerAccountDriver.IFTTT_REDIRECT, "code", state);
  }

  @When("a browser opens the authorize page for the client {string} and the redirect URI {string}")
  public void openAuthorizePageFor(String clientId, String redirectUri) {
    driver.openAuthorizePage(clientId, redirectUri, "code", "st-x");
  }

  @Then("the browser shows a sign-in form")
  public void showsSignInForm() {
    showsSignInFormWithStatus(200);
  }

  @Then("the browser shows a sign-in form with the status {int} and the message {string}")
  public void showsSignInFormWithStatusAndMessage(int status, String message) {
    showsSignInFormWithStatus(status);
    assertThat(context.lastResponse().body()).contains(message);
  }

  private void showsSignInFormWithStatus(int status) {
    HttpResponse<String> page = context.lastResponse();
    assertThat(page.statusCode()).isEqualTo(status);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("name=\"email\"", "name=\"password\"");
  }

  @Then("the browser shows a sign-in form with the message {string}")
  public void showsSignInFormWithMessage(String message) {
    showsSignInForm();
    assertThat(context.lastResponse().body()).contains(message);
  }

  @When("the owner signs in on the authorize page as {string} with her password")
  public void signInOnPage(String name) {
    driver.submitSignIn(context.recall("email of " + name), OwnerAccountDriver.PASSWORD);
  }

  @When("the owner signs in on the authorize page as {string} with the password {string}")
  public void signInOnPageWith(String name, String password) {
    driver.submitSignIn(context.recall("email of " + name), password);
  }

  @When(
      "the owner signs in on the authorize page as {string} with the password {string} {int} times")
  public void signInOnPageRepeatedly(String name, String password, int times) {
    for (int i = 0; i < times; i++) {
      signInOnPageWith(name, password);
    }
  }

  @When("another site makes the browser post the sign-in form as {string} with her password")
  public void foreignPost(String name) {
    driver.submitForeignSignIn(context.recall("email of " + name), OwnerAccountDriver.PASSWORD);
  }

  @Then("the browser asks whether IFTTT may use the robot of {string}")
  public void asksForConsent(String name) {
    HttpResponse<String> page = context.lastResponse();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Allow", "Deny", name);
  }

  @Then("the browser does not ask whether IFTTT may use the robot")
  public void doesNotAskForConsent() {
    assertThat(context.lastResponse().body()).doesNotContain("value=\"grant\"");
  }

  @When("the owner allows IFTTT")
  public void allow() {
    driver.submitDecision("grant");
  }

  @When("the owner denies IFTTT")
  public void deny() {
    driver.submitDecision("deny");
  }

  @Then("the browser is sent back to IFTTT with an authorization code and the state {string}")
  public void redirectedWithCode(String state) {
    Map<String, String> answer = redirectedToIfttt();
    assertThat(answer.get("code")).isNotBlank();
    assertThat(answer.get("state")).isEqualTo(state);
    context.remember("authorization code", answer.get("code"));
  }

  @Then("the browser is sent back to IFTTT with the error {string} and the state {string}")
  public void redirectedWithError(String error, String state) {
    Map<String, String> answer = redirectedToIfttt();
    assertThat(answer).containsEntry("error", error).containsEntry("state", state);
    assertThat(answer).doesNotContainKey("code");
  }

  private Map<String, String> redirectedToIfttt() {
    HttpResponse<String> response = context.lastResponse();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).startsWith(OwnerAccountDriver.IFTTT_REDIRECT + "?"));
    return OwnerAccountDriver.redirectParameters(response);
  }

  @Then("the page refuses the request with status {int}")
  public void pageRefuses(int status) {
    HttpResponse<String> page = context.lastResponse();
    assertThat(page.statusCode()).isEqualTo(status);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).doesNotContain("<form");
  }

  @Then("the page tells the owner {string} without naming a request parameter")
  public void pageTellsTheOwner(String words) {
    assertThat(context.lastResponse().body())
        .contains(words, "Nothing has been shared.")
        .doesNotContain("client_id", "redirect_uri", "response_type", "state", "scope");
  }

  @Then("the browser is not redirected anywhere")
  public void notRedirected() {
    assertThat(context.lastResponse().headers().firstValue("Location")).isEmpty();
  }

  @Given("IFTTT obtained an authorization code for {string} through the authorize page")
  public void obtainedACode(String name) {
    openAuthorizePage("st-" + name.hashCode());
    signInOnPage(name);
    allow();
    redirectedWithCode("st-" + name.hashCode());
  }

  @When("IFTTT exchanges that authorization code for tokens")
  public void exchangeCode() {
    driver.tokenRequest(
        OwnerAccountDriver.codeGrant(
            context.recall("authorization code"), TestApplication.OAUTH_CLIENT_SECRET));
  }

  @Given("IFTTT exchanged that authorization code for tokens that work on user info")
  public void exchangedCodeForWorkingTokens() {
    exchangeCode();
    assertThat(context.lastResponse().statusCode()).isEqualTo(200);
    String accessToken = context.lastJson().path("access_token").asText();
    assertThat(driver.userInfo(accessToken).statusCode()).isEqualTo(200);
    context.remember("access token of the code", accessToken);
  }

  @Then("the access token issued for that code no longer works on user info")
  public void accessTokenOfTheCodeIsRevoked() {
    assertThat(driver.userInfo(context.recall("access token of the code")).statusCode())
        .isEqualTo(401);
  }

  @When("IFTTT exchanges that authorization code for tokens sending JSON")
  public void exchangeCodeAsJson() {
    driver.tokenRequestAsJson(
        OwnerAccountDriver.codeGrant(
            context.recall("authorization code"), TestApplication.OAUTH_CLIENT_SECRET));
  }

  @When("IFTTT exchanges that authorization code with the client secret {string}")
  public void exchangeCodeWithSecret(String secret) {
    driver.tokenRequest(OwnerAccountDriver.codeGrant(context.recall("authorization code"), secret));
  }

  @When("IFTTT asks for tokens with the grant type {string}")
  public void askWithGrantType(String grantType) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", grantType);
    form.put("username", "ada@example.com");
    form.put("password", "guess");
    form.put("client_id", TestApplication.OAUTH_CLIENT_ID);
    form.put("client_secret", TestApplication.OAUTH_CLIENT_SECRET);
    driver.tokenRequest(form);
  }

  @When("IFTTT refreshes the tokens of {string}")
  public void refresh(String name) {
    HttpResponse<String> response =
        driver.tokenRequest(
            OwnerAccountDriver.refreshGrant(context.recall("refresh token of " + name)));
    if (response.statusCode() == 200) {
      rememberTokens(context, name, response);
    }
  }

  @When("IFTTT refreshes the tokens of {string} with the older refresh token again")
  public void refreshWithOlder(String name) {
    driver.tokenRequest(
        OwnerAccountDriver.refreshGrant(context.recall("older refresh token of " + name)));
  }

  @When("IFTTT refreshes with the refresh token {string}")
  public void refreshWith(String token) {
    driver.tokenRequest(OwnerAccountDriver.refreshGrant(token));
  }

  @Then("the response contains a bearer access token and a refresh token")
  public void containsTokens() {
    JsonNode body = context.lastJson();
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("access_token").asText()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(body.path("refresh_token").asText()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(body.path("access_token").asText())
        .isNotEqualTo(body.path("refresh_token").asText());
  }

  @Then("the new access token of {string} works on user info")
  public void newAccessTokenWorks(String name) {
    HttpResponse<String> response = driver.userInfo(context.recall("access token of " + name));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(OwnerAccountDriver.json(response).at("/data/id").asText())
        .isEqualTo(context.recall("id of " + name));
  }

  @Then("the OAuth error is {string}")
  public void theOAuthErrorIs(String error) {
    JsonNode body = context.lastJson();
    assertThat(body.path("error").asText()).isEqualTo(error);
    assertThat(body.path("error_description").asText()).isNotBlank();
    assertThat(context.lastResponse().headers().firstValue("Cache-Control")).hasValue("no-store");
  }
}
