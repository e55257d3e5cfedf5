package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.sandbox.ConnectSandbox;
import io.robotconnect.acceptance.sandbox.WebhookSender;
import io.robotconnect.acceptance.support.ApiDriver;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.Eventually;
import io.robotconnect.acceptance.support.RobotObserver;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.acceptance.support.TestApplication;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.bootstrap.Components;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Steps about the company's IFTTT connections, against the Connect API sandbox. */
public class ConnectionSteps {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final ScenarioContext context;
  private final ApiDriver api;
  private OwnerId owner;
  private String sessionToken;
  private RobotObserver robotObserver;
  private String lastRequestId;
  private JsonNode lastQueryPage;
  private ConnectApiPort.ConnectMe me;

  public ConnectionSteps(ScenarioContext context) {
    this.context = context;
    this.api = new ApiDriver(context);
  }

  private static Components components() {
    return TestApplication.get().components();
  }

  private static ConnectSandbox sandbox() {
    TestApplication.get();
    return ConnectDoubles.sandbox();
  }

  private String user() {
    return owner.value();
  }

  @After
  public void stopWatchingTheRobot() {
    if (robotObserver != null) {
      robotObserver.close();
    }
  }

  // ---- owners and robots ----------------------------------------------------------------

  @Given("a robot owner signed in to the owner's app")
  public void aRobotOwnerSignedIn() {
    String email = "owner-" + UUID.randomUUID() + "@example.com";
    owner =
        components()
            .oauth()
            .registerOwner()
            .register(
                new RegisterOwnerCommand(new EmailAddress(email), "Ann", "correct horse battery"))
            .id();
    sessionToken =
        components()
            .oauth()
            .startSession()
            .startSession(new StartSessionCommand(email, "correct horse battery"))
            .orElseThrow()
            .token();
  }

  @Given("the owner has a robot {string} with a place {string}")
  public void theOwnerHasARobot(String name, String place) {
    Robot robot =
        new Robot(
            new RobotId(UUID.randomUUID()),
            owner,
            name,
            List.of(new Place(UUID.randomUUID(), place)));
    components().persistence().robots().save(robot);
    robotObserver = new RobotObserver(robot.id().value());
  }

  @Given("the platform knows the connection {string}")
  public void thePlatformKnowsTheConnection(String connection) {
    ConnectionSnapshot shown =
        components()
            .connect()
            .connectApi()
            .showConnection(new ConnectionId(connection), Optional.empty());
    components().connect().connections().save(shown.definition());
  }

  // ---- what the owner does on IFTTT (the sandbox sends the webhooks) ---------------------

  @Given("the owner enables the connection {string} on IFTTT")
  public void theOwnerEnables(String connection) {
    sandbox().enable(user(), connection, false);
  }

  @Given("the owner enables the connection {string} on IFTTT from a Connect URL with skip_config")
  public void theOwnerEnablesWithSkipConfig(String connection) {
    sandbox().enable(user(), connection, true);
  }

  @When("the owner disables the connection {string} on IFTTT")
  public void theOwnerDisables(String connection) {
    sandbox().disable(user(), connection);
  }

  @When(
      "the trigger {string} of the feature {string} of {string} fires for the owner with the ingredient {string} = {string}")
  public void theTriggerFires(
      String trigger, String feature, String connection, String name, String value) {
    sandbox().fire(user(), connection, feature, trigger, Map.of(name, value));
  }

  // ---- webhooks as delivered --------------------------------------------------------------

  @When("IFTTT delivers the webhook {string} about {string} for the owner with request id {string}")
  public void iftttDelivers(String typeEvent, String connection, String requestId) {
    lastRequestId = requestId + "-" + UUID.randomUUID();
    deliver(typeEvent, connectionBody(connection), lastRequestId, TestApplication.SERVICE_KEY);
  }

  @When("IFTTT delivers the same webhook {string} about {string} again")
  public void iftttDeliversAgain(String typeEvent, String connection) {
    deliver(typeEvent, connectionBody(connection), lastRequestId, TestApplication.SERVICE_KEY);
  }

  @When("IFTTT delivers the webhook {string} with the body {string}")
  public void iftttDeliversBody(String typeEvent, String body) {
    deliver(typeEvent, body, "m-" + UUID.randomUUID(), TestApplication.SERVICE_KEY);
  }

  @When("someone delivers the webhook {string} about {string} without the service key")
  public void deliveredWithoutKey(String typeEvent, String connection) {
    deliver(typeEvent, connectionBody(connection), "k-" + UUID.randomUUID(), null);
  }

  private void deliver(String typeEvent, String body, String requestId, String key) {
    String[] parts = typeEvent.split("/");
    WebhookSender.Delivery delivery =
        sandbox().webhooks().deliver(parts[0], parts[1], requestId, body, key);
    context.remember("webhook answer", delivery.answer());
    context.remember("webhook status", Integer.toString(delivery.status()));
    context.remember("webhook request id", requestId);
    context.remember("webhook body", body);
  }

  private String connectionBody(String connection) {
    return "{\"sent_at\":1560285630699,\"data\":{\"connection_id\":\""
        + connection
        + "\",\"user_id\":\""
        + user()
        + "\",\"user_timezone\":\"Pacific Time (US & Canada)\"},\"event_data\":{\"enabled_at\":\"1560285630711\"}}";
  }

  @Then("the platform acknowledges the webhook with {int} and {string}")
  public void thePlatformAcknowledges(int status, String acknowledgement) {
    assertThat(context.recall("webhook status")).isEqualTo(Integer.toString(status));
    assertThat(context.recall("webhook answer")).contains(acknowledgement);
  }

  @Then("ops find it among the unknown webhooks with its body")
  public void opsFindTheUnknownWebhook() {
    List<String> requestIds = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    String query = "?limit=200";
    while (query != null) {
      api.get(
          "/api/v1/admin/connect/webhooks/unknown" + query,
          Map.of("Authorization", "Bearer " + TestApplication.ADMIN_TOKEN));
      assertThat(context.lastResponse().statusCode()).isEqualTo(200);
      requestIds.addAll(context.lastJson().path("data").findValuesAsText("requestId"));
      bodies.addAll(context.lastJson().path("data").findValuesAsText("body"));
      query =
          context.lastJson().hasNonNull("next_cursor")
              ? "?limit=200&cursor=" + context.lastJson().get("next_cursor").asText()
              : null;
    }
    assertThat(requestIds).contains(context.recall("webhook request id"));
    assertThat(bodies).contains(context.recall("webhook body"));
  }

  @Then("the platform refuses the webhook with {int}")
  public void thePlatformRefuses(int status) {
    assertThat(context.recall("webhook status")).isEqualTo(Integer.toString(status));
    assertThat(context.recall("webhook answer")).contains("\"errors\"");
  }

  @Then("every webhook the sandbox delivered was acknowledged")
  public void everyWebhookAcknowledged() {
    assertThat(sandbox().webhooks().deliveries())
        .filteredOn(
            d -> d.body() != null && d.body().path("data").path("user_id").asText().equals(user()))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.status()).as(d.answer()).isEqualTo(200));
  }

  // ---- what the platform stored ------------------------------------------------------------

  private Optional<UserConnection> stored(String connection) {
    return components().connect().userConnections().find(owner, new ConnectionId(connection));
  }

  @Then("the platform stores the owner's connection {string} as {string}")
  public void thePlatformStores(String connection, String status) {
    Eventually.waitUntil(
        PATIENCE,
        "the connection is stored as " + status,
        () -> stored(connection).map(uc -> uc.status().wireName().equals(status)).orElse(false));
  }

  @Then("the platform stores the owner's configuration of {string} with the feature {string}")
  public void thePlatformStoresTheConfiguration(String connection, String feature) {
    Eventually.waitUntil(
        PATIENCE,
        "the configuration is stored",
        () ->
            stored(connection)
                .map(uc -> uc.features().stream().anyMatch(f -> f.featureId().equals(feature)))
                .orElse(false));
  }

  @Then("the owner's stored connection {string} is pending")
  public void isPending(String connection) {
    Eventually.waitUntil(
        PATIENCE,
        "the connection is stored pending",
        () -> stored(connection).map(UserConnection::pending).orElse(false));
  }

  @Then("the owner's stored connection {string} is no longer pending")
  public void isNoLongerPending(String connection) {
    Eventually.waitUntil(
        PATIENCE,
        "the connection is stored and not pending",
        () -> stored(connection).map(uc -> !uc.pending()).orElse(false));
  }

  private List<ConnectionTriggerEvent> events(String connection) {
    return components().connect().triggerEvents().newest(owner, new ConnectionId(connection), 50);
  }

  @Then(
      "the platform stores {int} trigger event(s) of {string} with the ingredient {string} = {string}")
  public void thePlatformStoresEvents(int count, String connection, String name, String value) {
    Eventually.waitUntil(
        PATIENCE,
        count + " events are stored",
        () ->
            events(connection).stream().filter(e -> value.equals(e.ingredients().get(name))).count()
                >= count);
    assertThat(
            events(connection).stream()
                .filter(e -> value.equals(e.ingredients().get(name)))
                .count())
        .isEqualTo(count);
  }

  @Then("the owner's robot plays the animation {string}")
  public void theRobotPlays(String animation) {
    Eventually.waitUntil(
        PATIENCE,
        "the robot is told to play " + animation,
        () ->
            robotObserver.commands().stream()
                .anyMatch(c -> c.path("params").path("action_id").asText().equals(animation)));
  }

  @Then("the owner's robot was told exactly {int} thing(s)")
  public void theRobotWasToldExactly(int count) {
    Eventually.waitUntil(
        PATIENCE, count + " commands", () -> robotObserver.commands().size() >= count);
    assertThat(robotObserver.commands()).hasSize(count);
  }

  @Then("the owner's robot was told nothing")
  public void theRobotWasToldNothing() {
    assertThat(robotObserver.commands()).isEmpty();
  }

  @Then("the sandbox ran the action {string} once for the owner with {string} containing {string}")
  public void theSandboxRanTheAction(String action, String field, String text) {
    Eventually.waitUntil(PATIENCE, "the action ran", () -> !runs(action).isEmpty());
    assertThat(runs(action))
        .singleElement()
        .satisfies(run -> assertThat(run.fields().path(field).asText()).contains(text));
  }

  @Then("the sandbox ran no action for the owner")
  public void theSandboxRanNoAction() {
    assertThat(sandbox().actionRuns()).noneMatch(r -> r.user().equals(user()));
  }

  private List<ConnectSandbox.ActionRun> runs(String action) {
    return sandbox().actionRuns().stream()
        .filter(r -> r.user().equals(user()) && r.action().equals(action))
        .toList();
  }

  // ---- the owner's app ---------------------------------------------------------------------

  private Map<String, String> session() {
    return Map.of("Authorization", "Bearer " + sessionToken);
  }

  private String path(String connection, String rest) {
    return "/api/v1/connections/" + connection + rest;
  }

  @When("the owner's app shows the connection {string}")
  public void theAppShows(String connection) {
    api.get(path(connection, ""), session());
  }

  @When("the owner's app asks for the field options of the {word} {string} of {string}")
  public void theAppAsksForFieldOptions(String type, String typeId, String connection) {
    api.get(path(connection, "/" + type + "/" + typeId + "/field_options"), session());
  }

  @When("the owner's app updates the connection {string} with:")
  public void theAppUpdates(String connection, String body) {
    api.send("PUT", path(connection, "/user_connection"), session(), body);
  }

  @When("the owner's app sets the feature {string} of {string} to its first option of {string}")
  public void theAppSetsTheFeatureField(String feature, String connection, String field) {
    JsonNode option = sandbox().options("features", feature, field).get(0);
    theAppUpdates(
        connection,
        "{\"user_features\":[{\"feature_id\":\""
            + feature
            + "\",\"enabled\":true,\"user_fields\":[{\"field_id\":\""
            + field
            + "\",\"value\":"
            + option
            + "}]}]}");
  }

  @When("the owner's app refreshes the connection {string}")
  public void theAppRefreshes(String connection) {
    api.send("POST", path(connection, "/user_connection/refresh"), session(), null);
  }

  @When("the owner's app runs the action {string} of {string} for the feature {string} with:")
  public void theAppRunsTheAction(String action, String connection, String feature, String body) {
    String withFeature =
        body.replace("{{user_feature_id}}", sandbox().userFeatureId(user(), connection, feature));
    api.send("POST", path(connection, "/actions/" + action + "/run"), session(), withFeature);
  }

  @When("the owner's app runs the action {string} of {string} with:")
  public void theAppRunsTheActionWith(String action, String connection, String body) {
    api.send("POST", path(connection, "/actions/" + action + "/run"), session(), body);
  }

  @When("the owner's app performs the query {string} of {string} with:")
  public void theAppPerformsTheQuery(String query, String connection, String body) {
    api.send("POST", path(connection, "/queries/" + query + "/perform"), session(), body);
    lastQueryPage = context.lastJson();
    context.remember("query", query);
    context.remember("query connection", connection);
  }

  @When("the owner's app asks for the next page")
  public void theAppAsksForTheNextPage() {
    String cursor = lastQueryPage.path("next").path("cursor").asText();
    theAppPerformsTheQuery(
        context.recall("query"),
        context.recall("query connection"),
        "{\"limit\":2,\"cursor\":\""
            + cursor
            + "\",\"fields\":"
            + lastQueryPage.path("next").path("fields")
            + "}");
  }

  @Then("the page has {int} item(s) and {word} next page")
  public void thePageHas(int items, String aOrNo) {
    assertThat(lastQueryPage.path("data")).hasSize(items);
    assertThat(lastQueryPage.has("next")).isEqualTo(aOrNo.equals("a"));
  }

  @When("the owner's app fires a test of the trigger {string} of {string}")
  public void theAppFiresATest(String trigger, String connection) {
    api.send("POST", path(connection, "/triggers/" + trigger + "/test"), session(), "{}");
  }

  @When("the owner's app asks for a Connect URL for {string} with:")
  public void theAppAsksForAConnectUrl(String connection, String body) {
    api.send("POST", path(connection, "/connect_url"), session(), body);
  }

  @Then(
      "the Connect URL starts with {string} and carries the owner's e-mail, the redirect and a provisional code")
  public void theConnectUrl(String start) {
    String url = context.lastJson().path("connect_url").asText();
    assertThat(url)
        .startsWith(start)
        .contains("email=owner-")
        .contains("redirect_uri=https%3A%2F%2Fapp.example.com")
        .contains("&code=")
        .contains("skip_config=true");
  }

  @Then("the error details name {string}")
  public void theErrorDetailsName(String parameter) {
    JsonNode body = context.lastJson();
    assertThat(body.path("type").asText()).isEqualTo("error");
    assertThat(body.path("details").findValuesAsText("parameter")).contains(parameter);
  }

  @Then("the error details name exactly:")
  public void theErrorDetailsNameExactly(List<String> parameters) {
    assertThat(context.lastJson().path("details").findValuesAsText("parameter"))
        .containsExactlyInAnyOrderElementsOf(parameters);
  }

  @Then("the sandbox got no update for the owner")
  public void theSandboxGotNoUpdate() {
    assertThat(sandbox().received())
        .noneMatch(
            r ->
                r.method().equals("PUT")
                    && r.path().contains("/user_connection")
                    && r.body() != null
                    && r.body().toString().contains(user()));
  }

  // ---- calls without an app endpoint, through the platform's Connect API client -----------

  @When("the platform asks the Connect API who it is for the owner")
  public void thePlatformAsksWhoItIs() {
    me = components().connect().connectApi().me(Optional.of(owner));
  }

  @Then("the Connect API says the service is authenticated and the owner is {string}")
  public void theConnectApiSays(String loginPrefix) {
    assertThat(me.authenticationLevel()).isEqualTo("channel");
    assertThat(me.userLogin()).contains(loginPrefix + user());
  }

  @When(
      "the platform changes the field {string} of the action {string} of {string} to {string} with the deprecated update")
  public void theDeprecatedUpdate(String field, String action, String connection, String value) {
    String[] ref = action.split("\\.");
    components()
        .connect()
        .connectApi()
        .updateUserFieldsLegacy(
            new ConnectionId(connection),
            owner,
            List.of(
                new ConnectApiPort.LegacyFieldUpdate(
                    ref[0], StepKind.ACTION, ref[1], field, new FieldValue.Text(value))));
  }

  @Then("the owner's connection {string} on IFTTT has {string} = {string} for the action {string}")
  public void theConnectionOnIftttHas(
      String connection, String field, String value, String action) {
    var snapshot =
        components()
            .connect()
            .connectApi()
            .showConnection(new ConnectionId(connection), Optional.of(owner));
    assertThat(
            snapshot.userConnection().orElseThrow().features().stream()
                .flatMap(f -> f.steps(StepKind.ACTION).stream())
                .flatMap(s -> s.fields().stream())
                .filter(f -> f.fieldId().equals(field))
                .map(f -> f.value().asText()))
        .contains(value);
  }

  @Then("every call the sandbox got carried the service key and its own request id")
  public void everyCallCarriedKeyAndRequestId() {
    List<ConnectSandbox.Received> mine =
        sandbox().received().stream()
            .filter(r -> r.body() != null && r.body().toString().contains(user()))
            .toList();
    assertThat(sandbox().received()).isNotEmpty();
    assertThat(sandbox().received())
        .allSatisfy(
            r -> {
              assertThat(r.serviceKey()).isEqualTo(TestApplication.SERVICE_KEY);
              assertThat(r.requestId()).matches("[0-9a-f]{32}");
            });
    assertThat(mine.stream().map(ConnectSandbox.Received::requestId).distinct().count())
        .isEqualTo(mine.size());
  }
}
