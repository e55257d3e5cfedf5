package io.robotconnect.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.robotconnect.acceptance.support.IftttTestData;
import io.robotconnect.acceptance.support.ServiceApiDriver;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What IFTTT's endpoint tester does with the samples of test setup, knowing nothing else about the
 * service: every check loops over the samples.
 */
public class EndpointTestSteps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServiceApiDriver ifttt;
  private final IftttTestData data;

  public EndpointTestSteps(ServiceApiDriver ifttt, IftttTestData data) {
    this.ifttt = ifttt;
    this.data = data;
  }

  private void forEachSample(String kind, BiConsumer<String, JsonNode> check) {
    JsonNode samples = data.samples().path(kind);
    assertThat(samples.size()).as("samples of %s", kind).isPositive();
    for (Map.Entry<String, JsonNode> entry : samples.properties()) {
      check.accept(entry.getKey(), entry.getValue());
    }
  }

  private static Map<String, String> asStrings(JsonNode fields) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }

  private HttpResponse<String> poll(String trigger, JsonNode fields, Integer limit, String token) {
    return ifttt.poll(
        trigger,
        token,
        ServiceApiDriver.pollBody(ServiceApiDriver.newTriggerIdentity(), asStrings(fields), limit));
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Then("every trigger sample returns at least {int} items")
  public void returnsAtLeast(int items) {
    forEachSample(
        "triggers",
        (trigger, fields) -> {
          HttpResponse<String> response = poll(trigger, fields, null, data.accessToken());
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
          assertThat(json(response).path("data").size()).isGreaterThanOrEqualTo(items);
        });
  }

  @Then("every trigger sample with limit {int} returns exactly {int} item")
  public void withLimitReturnsExactly(int limit, int items) {
    forEachSample(
        "triggers",
        (trigger, fields) -> {
          HttpResponse<String> response = poll(trigger, fields, limit, data.accessToken());
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(json(response).path("data")).hasSize(items);
        });
  }

  @Then("every trigger sample with limit {int} returns no items")
  public void withLimitReturnsNothing(int limit) {
    withLimitReturnsExactly(limit, 0);
  }

  @Then("every trigger sample with extra data in the request still returns items")
  public void withExtraData() {
    forEachSample(
        "triggers",
        (trigger, fields) -> {
          ObjectNode body;
          try {
            body =
                (ObjectNode)
                    JSON.readTree(
                        ServiceApiDriver.pollBody(
                            ServiceApiDriver.newTriggerIdentity(), asStrings(fields), null));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          body.put("x" + Long.toHexString(System.nanoTime()), "extra data IFTTT may add");
          HttpResponse<String> response = ifttt.poll(trigger, data.accessToken(), body.toString());
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(json(response).path("data").size()).isPositive();
        });
  }

  @Then("every trigger sample with an invalid access token is refused with {int}")
  public void withInvalidToken(int status) {
    forEachSample(
        "triggers",
        (trigger, fields) ->
            assertThat(poll(trigger, fields, null, "INVALID").statusCode()).isEqualTo(status));
  }

  @Then("every valid trigger field sample is valid and every invalid one is not")
  public void fieldValidations() {
    forEachSample(
        "triggerFieldValidations",
        (trigger, fieldSamples) ->
            fieldSamples
                .properties()
                .forEach(
                    field -> {
                      assertThat(validity(trigger, field.getKey(), field.getValue().path("valid")))
                          .isTrue();
                      assertThat(
                              validity(trigger, field.getKey(), field.getValue().path("invalid")))
                          .isFalse();
                    }));
  }

  private boolean validity(String trigger, String field, JsonNode value) {
    HttpResponse<String> response =
        ifttt.validateTriggerField(trigger, field, data.accessToken(), value.asText());
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response).path("data").path("valid").asBoolean();
  }

  @Then("every action sample succeeds with an action id")
  public void actionsSucceed() {
    forEachSample(
        "actions",
        (action, fields) -> {
          HttpResponse<String> response =
              ifttt.runAction(action, data.accessToken(), ServiceApiDriver.actionBody(fields));
          assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
          assertThat(json(response).path("data").path(0).path("id").asText()).isNotBlank();
        });
  }

  @Then("every action sample with an invalid access token is refused with {int}")
  public void actionsWithInvalidToken(int status) {
    forEachSample(
        "actions",
        (action, fields) ->
            assertThat(
                    ifttt
                        .runAction(action, "INVALID", ServiceApiDriver.actionBody(fields))
                        .statusCode())
                .isEqualTo(status));
  }

  @Then("every record-skipping sample is skipped")
  public void skippingSamples() {
    forEachSample(
        "actionRecordSkipping",
        (action, fields) -> {
          HttpResponse<String> response =
              ifttt.runAction(action, data.accessToken(), ServiceApiDriver.actionBody(fields));
          assertThat(response.statusCode()).as(action).isEqualTo(400);
          assertThat(json(response).path("errors").path(0).path("status").asText())
              .isEqualTo("SKIP");
        });
  }
}
