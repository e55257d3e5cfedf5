package io.robotconnect.application.port.out.script;

/**
 * What the Connect API answered to a script's call, whatever the status; the script's Promise
 * resolves with it as {@code {statusCode, responseBody}}.
 *
 * @param responseBody the answer's JSON as a JSON-like tree (maps, lists, strings, numbers,
 *     booleans); null when the answer had no body
 */
public record ScriptCallResponse(int statusCode, Object responseBody) {
  public ScriptCallResponse {
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("status code must be 100 to 599: " + statusCode);
    }
    responseBody = JsonTrees.value(responseBody, "response body");
  }
}
