package io.robotconnect.adapter.in.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.application.service.DeadLetterService;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.domain.owner.OwnerId;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLettersResourceTest {
  private static final String PATH = "/api/v1/admin/outbox/dead-letters";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final MutableClock clock = new MutableClock();
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private RestTestServer server;

  @BeforeEach
  void start() {
    DeadLetterService deadLetters =
        new DeadLetterService(outbox, new DirectUnitOfWork(), new OutboxSignal());
    server =
        RestTestServer.start(
            new TestRestApi()
                .adminToken(new AdminToken("admin-secret"))
                .listDeadLetters(deadLetters)
                .retryDeadLetters(deadLetters));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private long deadLetter(OutboxPayload payload) {
    outbox.enqueue(payload);
    long id = outbox.claim(payload.channel(), 1, clock.now(), Duration.ofMinutes(1)).get(0).id();
    outbox.giveUp(id, "400 from IFTTT");
    return id;
  }

  private static RealtimeNotification realtime(String... identities) {
    return new RealtimeNotification(List.of(identities), List.of());
  }

  private static PhraseListPush phrases(String owner) {
    return new PhraseListPush(new OwnerId(owner));
  }

  private HttpResponse<String> send(String method, String pathAndQuery, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String query) throws Exception {
    HttpResponse<String> response = send("GET", PATH + query, "admin-secret");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void opsSeeADeadLetter_withItsAttemptsErrorAndTheStartOfItsPayload() throws Exception {
    RealtimeNotification payload = realtime("x".repeat(200), "y".repeat(200), "z".repeat(200));
    long id = deadLetter(payload);
    int storedLength = payload.toString().length(); // how the in-memory outbox stores it

    JsonNode item = getJson("").get("data").get(0);

    assertThat(item.get("id").asLong()).isEqualTo(id);
    assertThat(item.get("channel").asText()).isEqualTo("realtime");
    assertThat(item.get("attempts").asInt()).isEqualTo(1);
    assertThat(item.get("last_error").asText()).isEqualTo("400 from IFTTT");
    assertThat(item.get("created_at").asText()).isNotEmpty();
    assertThat(item.get("dead_at").asText()).isNotEmpty();
    assertThat(item.get("payload_excerpt").asText()).hasSize(200);
    assertThat(item.get("payload_length").asInt()).isEqualTo(storedLength).isGreaterThan(600);
    assertThat(item.get("payload_truncated").asBoolean()).isTrue();
  }

  @Test
  void pages_followTheCursorToTheLastPage_whichHasNoCursor() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(deadLetter(realtime("m" + i)));
    }
    deadLetter(phrases("other-channel"));

    List<Long> seen = new ArrayList<>();
    String query = "?channel=realtime&limit=2";
    int pages = 0;
    while (query != null) {
      JsonNode page = getJson(query);
      page.get("data").forEach(item -> seen.add(item.get("id").asLong()));
      pages++;
      query =
          page.has("next_cursor")
              ? "?channel=realtime&limit=2&cursor=" + page.get("next_cursor").asText()
              : null;
    }

    assertThat(seen).containsExactlyElementsOf(ids);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void exactlyOnePage_hasNoCursor() throws Exception {
    deadLetter(realtime("a"));
    deadLetter(realtime("b"));

    JsonNode page = getJson("?limit=2");

    assertThat(page.get("data")).hasSize(2);
    assertThat(page.has("next_cursor")).isFalse();
  }

  @Test
  void badLimitsAndCursors_areBadRequests_inTheApiErrorFormat() throws Exception {
    for (String query :
        List.of(
            "?limit=0",
            "?limit=201",
            "?limit=abc",
            "?limit=-1",
            "?cursor=%21%21",
            "?cursor=bm9wZQ")) {
      HttpResponse<String> response = send("GET", PATH + query, "admin-secret");

      assertThat(response.statusCode()).as(query).isEqualTo(400);
      JsonNode error = JSON.readTree(response.body());
      assertThat(error.get("type").asText()).isEqualTo("error");
      assertThat(error.get("message").asText()).containsAnyOf("limit", "cursor");
    }
  }

  @Test
  void retry_makesTheDeadLetterDueAgain_andItLeavesTheList() throws Exception {
    long id = deadLetter(realtime("poison"));

    HttpResponse<String> response = send("POST", PATH + "/" + id + "/retry", "admin-secret");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(getJson("").get("data")).isEmpty();
    assertThat(outbox.claim(OutboxChannel.REALTIME, 10, clock.now(), Duration.ofMinutes(1)))
        .singleElement()
        .satisfies(m -> assertThat(m.attempts()).isZero());
  }

  @Test
  void retryOfAnUnknownId_isNotFound() throws Exception {
    assertThat(send("POST", PATH + "/999/retry", "admin-secret").statusCode()).isEqualTo(404);
    assertThat(send("POST", PATH + "/abc/retry", "admin-secret").statusCode()).isEqualTo(404);
    assertThat(send("POST", PATH + "/" + "9".repeat(40) + "/retry", "admin-secret").statusCode())
        .isEqualTo(404);
  }

  @Test
  void retryAll_retriesEveryDeadLetterOfTheChannel() throws Exception {
    deadLetter(realtime("a"));
    deadLetter(realtime("b"));
    deadLetter(phrases("c"));

    HttpResponse<String> response = send("POST", PATH + "/retry?channel=realtime", "admin-secret");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("data").get("retried").asInt()).isEqualTo(2);
    assertThat(getJson("").get("data")).hasSize(1);
    assertThat(send("POST", PATH + "/retry", "admin-secret").statusCode()).isEqualTo(400);
  }

  @Test
  void withoutTheAdminToken_isUnauthorized() throws Exception {
    assertThat(send("GET", PATH, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", PATH + "/1/retry", "wrong").statusCode()).isEqualTo(401);
  }
}
