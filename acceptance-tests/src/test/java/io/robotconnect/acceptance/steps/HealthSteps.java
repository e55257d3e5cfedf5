package io.robotconnect.acceptance.steps;

import io.cucumber.java.en.When;
import io.robotconnect.acceptance.support.ApiDriver;
import java.util.Map;

/** Health checks and the common rules every endpoint follows. */
public class HealthSteps {
  private final ApiDriver api;

  public HealthSteps(ApiDriver api) {
    this.api = api;
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
