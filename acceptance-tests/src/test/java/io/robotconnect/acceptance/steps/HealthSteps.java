package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.ApiDriver;
import io.robotconnect.acceptance.support.ScenarioContext;
import io.robotconnect.adapter.in.rest.docs.OpenApiResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Health checks and the common rules every endpoint follows. */
public class HealthSteps {
  private final ApiDriver api;
  private final ScenarioContext context;

  public HealthSteps(ApiDriver api, ScenarioContext context) {
    this.api = api;
    this.context = context;
  }

  @When("the load balancer asks whether the service is live")
  public void askLive() {
    api.get("/health/live", Map.of());
  }

  @When("the load balancer asks whether the service is ready")
  public void askReady() {
    api.get("/health/ready", Map.of());
  }

  @When("IFTTT checks the service status with the service key")
  public void statusWithKey() {
    api.get("/third-party/ifttt/v1/status", ApiDriver.iftttServiceHeaders());
  }

  @When("IFTTT checks the service status with the legacy channel key header")
  public void statusWithChannelKey() {
    api.get(
        "/third-party/ifttt/v1/status",
        Map.of(
            "IFTTT-Channel-Key", io.robotconnect.acceptance.support.TestApplication.SERVICE_KEY));
  }

  @When("IFTTT checks the service status with the service key {string}")
  public void statusWithWrongKey(String key) {
    api.get("/third-party/ifttt/v1/status", Map.of("IFTTT-Service-Key", key));
  }

  @When("IFTTT checks the service status without a service key")
  public void statusWithoutKey() {
    api.get("/third-party/ifttt/v1/status", Map.of());
  }

  /** What a browser accepts. */
  private static final Map<String, String> BROWSER =
      Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

  @When("a person opens the service's root page")
  public void openTheRootPage() {
    api.get("/", BROWSER);
  }

  @Then("the response is an HTML page")
  public void theResponseIsAnHtmlPage() {
    assertThat(context.lastResponse().headers().firstValue("Content-Type"))
        .hasValue("text/html; charset=utf-8");
    assertThat(context.lastResponse().body()).startsWith("<!DOCTYPE html>");
  }

  @Then("the page links to the health checks and to every API description, each answering 200")
  public void thePageLinksToHealthAndDescriptions() {
    List<String> links = new ArrayList<>();
    Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(context.lastResponse().body());
    while (link.find()) {
      links.add(link.group(1));
    }
    assertThat(links).contains("/health/live", "/health/ready");
    OpenApiResource.NAMES.forEach(name -> assertThat(links).contains("/openapi/" + name + ".yaml"));
    for (String path : links) {
      assertThat(api.get(path, BROWSER).statusCode()).as(path).isEqualTo(200);
    }
  }

  @When("a client requests the unknown path {string}")
  public void unknownPath(String path) {
    api.get(path, Map.of());
  }

  @When("a client sends a request with the request id {string}")
  public void requestWithId(String id) {
    api.get("/health/live", Map.of("X-Request-ID", id));
  }

  @When("a client posts the malformed JSON {string} to {string}")
  public void postMalformed(String body, String path) {
    api.postJson(path, ApiDriver.iftttServiceHeaders(), body);
  }
}
