package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * Makes the calls IFTTT makes to the robot's Service API (test setup, trigger polls, field
 * validation, identity deletion, actions, options); {@link ApiDriver} checks every answer against
 * the project's own description, and this driver those of the endpoints IFTTT's definition has
 * against that definition too.
 */
public class ServiceApiDriver {
  public static final String V1 = "/third-party/ifttt/v1/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiDriver api;

  public ServiceApiDriver(ApiDriver api) {
    this.api = api;
  }

  public HttpResponse<String> testSetup(String serviceKey) {
    return checked(
        "POST", V1 + "test/setup", serviceKeyHeaders(serviceKey), null, /* inSpec= */ true);
  }

  public HttpResponse<String> status(String serviceKey) {
    return checked("GET", V1 + "status", serviceKeyHeaders(serviceKey), null, true);
  }

  /** A trigger poll as IFTTT sends it; {@code body} is the full JSON body. */
  public HttpResponse<String> poll(String trigger, String accessToken, String body) {
    return checked("POST", V1 + "triggers/" + trigger, userHeaders(accessToken), body, true);
  }

  /** The usual poll body: identity, fields, optional limit, the user's time zone and source. */
  public static String pollBody(String identity, Map<String, String> fields, Integer limit) {
    ObjectNode body = JSON.createObjectNode().put("trigger_identity", identity);
    ObjectNode triggerFields = body.putObject("triggerFields");
    fields.forEach(triggerFields::put);
    if (limit != null) {
      body.put("limit", limit);
    }
    body.putObject("user").put("timezone", "America/Los_Angeles");
    body.putObject("ifttt_source")
        .put("id", "2")
        .put("url", "https://ifttt.com/myrecipes/personal/2");
    return body.toString();
  }

  public static String newTriggerIdentity() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  public HttpResponse<String> validateTriggerField(
      String trigger, String field, String accessToken, String value) {
    String body = value == null ? "{}" : JSON.createObjectNode().put("value", value).toString();
    return checked(
        "POST",
        V1 + "triggers/" + trigger + "/fields/" + field + "/validate",
        userHeaders(accessToken),
        body,
        true);
  }

  /** IFTTT's notice that no Applet uses an identity any more (not in IFTTT's definition file). */
  public HttpResponse<String> deleteTriggerIdentity(
      String trigger, String identity, Map<String, String> headers) {
    return checked(
        "DELETE",
        V1 + "triggers/" + trigger + "/trigger_identity/" + identity,
        headers,
        null,
        false);
  }

  public HttpResponse<String> runAction(String action, String accessToken, String body) {
    return checked("POST", V1 + "actions/" + action, userHeaders(accessToken), body, true);
  }

  public static String actionBody(JsonNode actionFields) {
    ObjectNode body = JSON.createObjectNode();
    body.set("actionFields", actionFields);
    body.putObject("user").put("timezone", "Europe/Zurich");
    body.putObject("ifttt_source")
        .put("id", "7")
        .put("url", "https://ifttt.com/myrecipes/personal/7");
    return body.toString();
  }

  public HttpResponse<String> actionFieldOptions(String action, String field, String accessToken) {
    return checked(
        "POST",
        V1 + "actions/" + action + "/fields/" + field + "/options",
        userHeaders(accessToken),
        "{}",
        true);
  }

  public static Map<String, String> userHeaders(String accessToken) {
    return accessToken == null
        ? Map.of("X-Request-ID", UUID.randomUUID().toString())
        : ApiDriver.iftttUserHeaders(accessToken);
  }

  public static Map<String, String> serviceKeyHeaders(String serviceKey) {
    return serviceKey == null
        ? Map.of("X-Request-ID", UUID.randomUUID().toString())
        : Map.of("IFTTT-Service-Key", serviceKey, "X-Request-ID", UUID.randomUUID().toString());
  }

  private HttpResponse<String> checked(
      String method, String path, Map<String, String> headers, String body, boolean inSpec) {
    HttpResponse<String> response = api.send(method, path, headers, body);
    if (inSpec) {
      OpenApiContract.checkAgainstIftttDefinition(method, path, response);
    }
    return response;
  }
}
