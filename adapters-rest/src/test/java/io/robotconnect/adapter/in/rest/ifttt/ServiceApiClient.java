package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.RestTestServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends IFTTT-like requests to the REST adapter under test. */
final class ServiceApiClient {
  static final String PREFIX = "/third-party/ifttt/v1/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final RestTestServer server;

  ServiceApiClient(RestTestServer server) {
    this.server = server;
  }

  record Answer(int status, String contentType, String body) {
    /** {@code application/json; charset=utf-8}, however the server spaces the parameter. */
    boolean isJsonUtf8() {
      return contentType != null
          && contentType.replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Answer post(String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(server.uri(PREFIX + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  Answer delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(server.uri(PREFIX + path)).DELETE(), headers);
  }

  private Answer send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
