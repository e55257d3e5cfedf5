package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.CheckReadinessUseCase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestAdapterCommonBehaviourTest {
  private static final String KEY = "the-service-key";
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicBoolean databaseUp = new AtomicBoolean(true);
  private RestTestServer server;

  @BeforeEach
  void start() {
    CheckReadinessUseCase readiness = databaseUp::get;
    server =
        RestTestServer.start(
            new TestRestApi().serviceKey(new ServiceKey(KEY)).checkReadiness(readiness),
            EchoTestResource.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenValidServiceKey_status_isOkWithAJsonBody() throws Exception {
    HttpResponse<String> response = get("/third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(TestJson.shared().readTree(response.body()).isObject()).isTrue();
  }

  @Test
  void givenLegacyChannelKey_status_isOk() throws Exception {
    assertThat(get("/third-party/ifttt/v1/status", "IFTTT-Channel-Key", KEY).statusCode())
        .isEqualTo(200);
  }

  @Test
  void givenNoServiceKey_status_isUnauthorizedWithErrors() throws Exception {
    HttpResponse<String> response = get("/third-party/ifttt/v1/status");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).startsWith("{\"errors\":[{\"message\":");
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Responses.JSON_UTF8);
  }

  @Test
  void givenWrongServiceKey_status_isUnauthorized() throws Exception {
    HttpResponse<String> response =
        get("/third-party/ifttt/v1/status", "IFTTT-Service-Key", "INVALID");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("\"errors\"");
  }

  @Test
  void givenDatabaseDown_status_isUnavailable_andReadinessFollows() throws Exception {
    databaseUp.set(false);
    assertThat(get("/third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY).statusCode())
        .isEqualTo(503);
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
    databaseUp.set(true);
    assertThat(get("/health/ready").body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void unknownPath_isNotFoundWithJsonErrors() throws Exception {
    HttpResponse<String> response = get("/third-party/ifttt/v1/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"errors\":[{\"message\":\"Not found\"}]}");
    assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
  }

  @Test
  void malformedJson_isBadRequestWithErrors() throws Exception {
    HttpResponse<String> response = postJson("/test/echo", "{\"phrase\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
  }

  @Test
  void wrongValueType_isBadRequestNamingTheField() throws Exception {
    HttpResponse<String> response =
        postJson("/test/echo", "{\"phrase\":\"hi\",\"limit\":\"many\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("limit");
  }

  @Test
  void unknownKeys_areIgnored() throws Exception {
    HttpResponse<String> response =
        postJson("/test/echo", "{\"phrase\":\"hi\",\"extra\":{\"random\":[1,2]}}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"phrase\":\"hi\"");
  }

  @Test
  void invalidInput_isBadRequestWithTheReason() throws Exception {
    HttpResponse<String> response = postJson("/test/echo", "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"errors\":[{\"message\":\"phrase is required\"}]}");
  }

  @Test
  void ourBug_isInternalErrorWithoutStackTrace() throws Exception {
    HttpResponse<String> response = postJson("/test/echo/boom", "");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"errors\":[{\"message\":\"Internal error\"}]}");
  }

  @Test
  void requestId_isEchoed_orCreated() throws Exception {
    assertThat(get("/health/live", "X-Request-ID", "abc-123").headers().firstValue("X-Request-ID"))
        .hasValue("abc-123");
    assertThat(get("/health/live").headers().firstValue("X-Request-ID")).isPresent();
  }

  @Test
  void gzip_isUsedWhenAccepted() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/health/live"))
                .header("Accept-Encoding", "gzip, deflate")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(response.body())).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void givenCustomPrefix_resourcesMoveThere() throws Exception {
    CheckReadinessUseCase readiness = () -> true;
    try (RestTestServer custom =
        RestTestServer.start(
            new TestRestApi()
                .serviceKey(new ServiceKey(KEY))
                .checkReadiness(readiness)
                .apiPrefix(new ApiPrefix("/robot/api")))) {
      HttpResponse<String> moved =
          http.send(
              HttpRequest.newBuilder(custom.uri("/robot/api/ifttt/v1/status"))
                  .header("IFTTT-Service-Key", KEY)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> old =
          http.send(
              HttpRequest.newBuilder(custom.uri("/third-party/ifttt/v1/status"))
                  .header("IFTTT-Service-Key", KEY)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(moved.statusCode()).isEqualTo(200);
      assertThat(old.statusCode()).isEqualTo(404);
    }
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
