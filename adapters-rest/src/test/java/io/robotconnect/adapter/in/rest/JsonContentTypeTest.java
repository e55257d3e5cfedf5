package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.CheckReadinessUseCase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of JSON answer spells its content type the same way: {@link Responses#JSON_UTF8}. */
class JsonContentTypeTest {
  private static final String KEY = "the-service-key";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static RestTestServer server;

  @BeforeAll
  static void start() {
    CheckReadinessUseCase ready = () -> true;
    server =
        RestTestServer.start(
            new TestRestApi().serviceKey(new ServiceKey(KEY)).checkReadiness(ready),
            EchoTestResource.class);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theOneSpelling_isIftttsWithASpaceAndLowerCaseUtf8() {
    assertThat(Responses.JSON_UTF8).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void everyKindOfJsonAnswer_saysTheSameContentType() throws Exception {
    Map<String, HttpResponse<String>> answers =
        Map.ofEntries(
            Map.entry("typed by @Produces only", send("GET", "/health/live", null, null)),
            Map.entry(
                "typed by the resource",
                send("GET", "/third-party/ifttt/v1/status", null, null, "IFTTT-Service-Key", KEY)),
            Map.entry(
                "refused by a filter", send("GET", "/third-party/ifttt/v1/status", null, null)),
            Map.entry("no resource (404)", send("GET", "/no/such/path", null, null)),
            Map.entry("wrong method (405)", send("DELETE", "/health/live", null, null)),
            Map.entry(
                "not acceptable (406)",
                send("GET", "/health/live", null, null, "Accept", "text/csv")),
            Map.entry(
                "platform error family (415)", send("POST", "/api/v1/sessions", "text/plain", "x")),
            Map.entry(
                "malformed JSON (400)", send("POST", "/test/echo", "application/json", "{\"a\":")),
            Map.entry("invalid input (400)", send("POST", "/test/echo", "application/json", "{}")),
            Map.entry("our bug (500)", send("POST", "/test/echo/boom", "application/json", "")),
            Map.entry("no description (404)", send("GET", "/openapi/none.yaml", null, null)));

    answers.forEach(
        (what, response) ->
            assertThat(response.headers().allValues("Content-Type"))
                .as(what + ": " + response.statusCode() + " " + response.body())
                .containsExactly(Responses.JSON_UTF8));
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
