package io.robotconnect.adapter.in.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.adapter.in.rest.admin.AdminToken;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.InMemoryWebhookReceiptRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.out.WebhookReceiptRepository.WebhookReceipt;
import io.robotconnect.application.service.ConnectWebhookService;
import io.robotconnect.application.service.OutboxSignal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnknownWebhooksResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private RestTestServer server;

  private final InMemoryWebhookReceiptRepository receipts = new InMemoryWebhookReceiptRepository();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

  @BeforeEach
  void start() {
    ListUnknownWebhooksUseCase kept =
        new ConnectWebhookService(
            receipts,
            new InMemoryOutboxRepository(clock),
            new DirectUnitOfWork(),
            clock,
            new OutboxSignal());
    server =
        RestTestServer.start(
            new TestRestApi().adminToken(new AdminToken("admin-secret")).listUnknownWebhooks(kept));
  }

  private void keep(String requestId, String body) {
    receipts.record(new WebhookReceipt(requestId, "applet", "exploded", body, false, clock.now()));
    clock.advance(Duration.ofSeconds(1));
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
    keep("r1", "not json");

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
  void limitOutOfRangeOrNotANumber_orAMadeUpCursor_isABadRequest() throws Exception {
    for (String query :
        List.of("?limit=0", "?limit=201", "?limit=abc", "?cursor=%25zz", "?cursor=eA")) {
      assertThat(get(query, "admin-secret").statusCode()).as(query).isEqualTo(400);
    }
  }

  @Test
  void aLongBody_isCutInTheList_andSaysSo() throws Exception {
    keep("big", "x".repeat(5_000_000));

    JsonNode item = JSON.readTree(get("", "admin-secret").body()).get("data").get(0);

    assertThat(item.get("body").asText()).hasSize(ListUnknownWebhooksUseCase.BODY_EXCERPT_CHARS);
    assertThat(item.get("bodyLength").asInt()).isEqualTo(5_000_000);
    assertThat(item.get("bodyTruncated").asBoolean()).isTrue();
  }

  @Test
  void pages_followTheCursor_toALastPageWithoutOne() throws Exception {
    for (int i = 0; i < 5; i++) {
      keep("r" + i, "{}");
    }
    List<String> seen = new ArrayList<>();
    String query = "?limit=2";
    while (query != null) {
      JsonNode page = JSON.readTree(get(query, "admin-secret").body());
      page.get("data").forEach(item -> seen.add(item.get("requestId").asText()));
      query =
          page.has("next_cursor") ? "?limit=2&cursor=" + page.get("next_cursor").asText() : null;
    }

    assertThat(seen).containsExactly("r0", "r1", "r2", "r3", "r4");
    assertThat(JSON.readTree(get("?limit=5", "admin-secret").body()).has("next_cursor")).isFalse();
  }
}
