package io.robotconnect.adapter.in.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.adapter.in.rest.TestRestApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiResourceTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static RestTestServer server;

  @BeforeAll
  static void start() {
    server = RestTestServer.start(new TestRestApi());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_service_api_description_is_served_as_yaml_as_shipped() throws Exception {
    HttpResponse<String> response = get("/openapi/service-api.yaml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml");
    assertThat(response.body())
        .startsWith("openapi: 3.1.0")
        .isEqualTo(new String(OpenApiResource.read("service-api"), StandardCharsets.UTF_8));
  }

  @Test
  void every_description_is_served() throws Exception {
    for (String name : OpenApiResource.NAMES) {
      assertThat(get("/openapi/" + name + ".yaml").statusCode()).as(name).isEqualTo(200);
    }
  }

  @Test
  void an_unknown_description_is_404_with_an_errors_body() throws Exception {
    HttpResponse<String> response = get("/openapi/nothing.yaml");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(TestJson.shared().readTree(response.body()).at("/errors/0/message").asText())
        .contains("service-api");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
