package io.robotconnect.adapter.in.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnknownWebhooksResourceTest {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private RestTestServer server;

  @BeforeEach
  void start() {
    ListUnknownWebhooksUseCase kept =
        max ->
            List.of(
                new ListUnknownWebhooksUseCase.UnknownWebhook(
                    "r1", "applet", "exploded", "not json", Instant.parse("2026-03-01T10:00:00Z")));
    server =
        RestTestServer.start(
            Map.of(
                AdminToken.class,
                new AdminToken("admin-secret"),
                ListUnknownWebhooksUseCase.class,
                kept));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String query, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/admin/connect/webhooks/unknown" + query)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withTheAdminToken_opsSeeTheKeptWebhooksAsReceived() throws Exception {
    HttpResponse<String> response = get("", "admin-secret");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"requestId\":\"r1\"")
        .contains("\"body\":\"not json\"")
        .contains("2026-03-01T10:00:00Z");
  }

  @Test
  void withoutTheAdminToken_isUnauthorized() throws Exception {
    assertThat(get("", null).statusCode()).isEqualTo(401);
    assertThat(get("", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void limitOutOfRangeOrNotANumber_isABadRequest() throws Exception {
    assertThat(get("?limit=0", "admin-secret").statusCode()).isEqualTo(400);
    assertThat(get("?limit=abc", "admin-secret").statusCode()).isEqualTo(400);
  }
}
