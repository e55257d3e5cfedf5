package io.robotconnect.acceptance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Talks HTTP to the running application the way IFTTT and the owner's app do. */
public class ApiDriver {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final ScenarioContext context;

  public ApiDriver(ScenarioContext context) {
    this.context = context;
  }

  /** Sends a request; the response becomes the scenario's last response and is returned. */
  public HttpResponse<String> send(
      String method, String path, Map<String, String> headers, String body) {
    URI uri = TestApplication.uri(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Accept", "application/json");
    if (body != null) {
      all.put("Content-Type", "application/json");
    }
    all.putAll(headers);
    all.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      context.lastResponse(response);
      OpenApiContract.check(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  public HttpResponse<String> postJson(String path, Map<String, String> headers, String json) {
    return send("POST", path, headers, json);
  }

  /** Headers IFTTT sends on service-level calls (status, test/setup). */
  public static Map<String, String> iftttServiceHeaders() {
    return Map.of(
        "IFTTT-Service-Key",
        TestApplication.SERVICE_KEY,
        "X-Request-ID",
        java.util.UUID.randomUUID().toString(),
        "Accept-Charset",
        "utf-8");
  }

  /** Headers IFTTT sends on user-level calls. */
  public static Map<String, String> iftttUserHeaders(String accessToken) {
    return Map.of(
        "Authorization",
        "Bearer " + accessToken,
        "X-Request-ID",
        java.util.UUID.randomUUID().toString(),
        "Accept-Charset",
        "utf-8");
  }
}
