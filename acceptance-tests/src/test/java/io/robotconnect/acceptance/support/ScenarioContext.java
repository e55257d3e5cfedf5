package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** What one scenario remembers between its steps (injected into every step class). */
public class ScenarioContext {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, String> values = new HashMap<>();
  private HttpResponse<String> lastResponse;

  public void remember(String name, String value) {
    values.put(name, value);
  }

  public String recall(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("nothing remembered as '" + name + "'");
    }
    return value;
  }

  public boolean knows(String name) {
    return values.containsKey(name);
  }

  public void lastResponse(HttpResponse<String> response) {
    this.lastResponse = response;
  }

  public HttpResponse<String> lastResponse() {
    if (lastResponse == null) {
      throw new IllegalStateException("no request was sent yet in this scenario");
    }
    return lastResponse;
  }

  /** The last response's body as JSON. */
  public JsonNode lastJson() {
    try {
      return JSON.readTree(lastResponse().body());
    } catch (Exception e) {
      throw new AssertionError("the response is not JSON: " + lastResponse().body(), e);
    }
  }
}
