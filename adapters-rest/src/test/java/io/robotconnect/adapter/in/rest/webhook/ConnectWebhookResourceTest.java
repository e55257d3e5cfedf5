package io.robotconnect.adapter.in.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.InMemoryWebhookReceiptRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.service.ConnectWebhookService;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectWebhookResourceTest {
  private static final String KEY = "webhook-test-key";
  private static final String ENABLED =
      "{\"sent_at\":1560285630699,\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"16507466\","
          + "\"user_timezone\":\"Pacific Time (US & Canada)\"},\"event_data\":{\"enabled_at\":\"1560285630711\"},"
          + "\"random_extra_key\":{\"x\":1}}";
  private static final String FIRED =
      "{\"sent_at\":1543520153824,\"data\":{\"user_id\":\"16507466\",\"user_timezone\":\"Pacific Time"
          + " (US & Canada)\",\"connection_id\":\"C8p3q9T6\",\"trigger_id\":\"acme_cloud_storage.new_file\","
          + "\"feature_id\":\"XwqsedQk\",\"user_feature_id\":\"5e0d9be3-2381-4cbe-a567-ed264b0ac1dc\","
          + "\"user_feature_trigger_id\":\"fa58e624-806f-447b-a902-9985acca572a\"},"
          + "\"event_data\":{\"ingredients\":{\"FileName\":\"Street Art\",\"Size\":42}}}";

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final MutableClock clock = new MutableClock();
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private final InMemoryWebhookReceiptRepository receipts = new InMemoryWebhookReceiptRepository();
  private final List<ReceiveConnectWebhookCommand> received = new CopyOnWriteArrayList<>();
  private RestTestServer server;

  @BeforeEach
  void start() {
    ConnectWebhookService service =
        new ConnectWebhookService(
            receipts, outbox, new DirectUnitOfWork(), clock, new OutboxSignal());
    ReceiveConnectWebhookUseCase recording =
        command -> {
          received.add(command);
          return service.receive(command);
        };
    server =
        RestTestServer.start(
            new TestRestApi().serviceKey(new ServiceKey(KEY)).receiveConnectWebhook(recording));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/third-party/ifttt/v1/webhooks/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> deliver(String path, String body, String requestId)
      throws Exception {
    return post(path, body, "IFTTT-Service-Key", KEY, "X-Request-ID", requestId);
  }

  @Test
  void withoutServiceKey_webhook_isUnauthorized_andNotRecorded() throws Exception {
    HttpResponse<String> response = post("connection/enabled", ENABLED, "X-Request-ID", "r1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("\"errors\"");
    assertThat(receipts.size()).isZero();
  }

  @Test
  void enabled_isAcknowledged_andQueued_andARepeatIsNotActedOnTwice() throws Exception {
    HttpResponse<String> first =
        deliver("connection/enabled", ENABLED, "9f99e73452cd40198cb6ce9c1cde83d6");
    HttpResponse<String> again =
        deliver("connection/enabled", ENABLED, "9f99e73452cd40198cb6ce9c1cde83d6");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("accepted");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("duplicate");
    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isEqualTo(1);
    ConnectWebhook webhook = received.get(0).webhook().orElseThrow();
    assertThat(webhook.connection().value()).isEqualTo("C8p3q9T6");
    assertThat(webhook.user().value()).isEqualTo("16507466");
    assertThat(webhook.userTimezone()).contains("Pacific Time (US & Canada)");
  }

  @Test
  void fired_isReadWithItsTriggerFeatureAndIngredients() throws Exception {
    HttpResponse<String> response = deliver("trigger_subscription/fired", FIRED, "f1");

    assertThat(response.statusCode()).isEqualTo(200);
    ConnectWebhook.FiredTrigger fired =
        received.get(0).webhook().orElseThrow().fired().orElseThrow();
    assertThat(fired.trigger().qualified()).isEqualTo("acme_cloud_storage.new_file");
    assertThat(fired.featureId()).isEqualTo("XwqsedQk");
    assertThat(fired.userFeatureTriggerId()).contains("fa58e624-806f-447b-a902-9985acca572a");
    assertThat(fired.ingredients())
        .containsEntry("FileName", "Street Art")
        .containsEntry("Size", "42");
  }

  @Test
  void disabledAndUpdated_areAccepted() throws Exception {
    assertThat(deliver("connection/disabled", ENABLED, "d1").body()).contains("accepted");
    assertThat(deliver("connection/updated", ENABLED, "u1").body()).contains("accepted");
  }

  @Test
  void malformedBodies_areBadRequests_andNothingIsRecorded() throws Exception {
    for (String body :
        List.of(
            "{not json",
            "[]",
            "{\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"1\"}} }",
            "{}",
            "{\"data\":{\"user_id\":\"1\"}}",
            "{\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"\"}}",
            "{\"data\":{\"connection_id\":\"../../etc\",\"user_id\":\"1\"}}")) {
      HttpResponse<String> response = deliver("connection/enabled", body, "m-" + body.hashCode());
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).contains("\"errors\"").contains("Malformed webhook");
    }
    HttpResponse<String> noTrigger = deliver("trigger_subscription/fired", ENABLED, "m-fired");
    assertThat(noTrigger.statusCode()).isEqualTo(400);
    assertThat(receipts.size()).isZero();
  }

  @Test
  void hostileUserId_isRefusedAtIntake_andNothingIsQueued() throws Exception {
    for (String userId : List.of("u".repeat(100_000), "a\\u0000b", "a\\nb", "a\\u001b[2J")) {
      String body = "{\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"" + userId + "\"}}";

      HttpResponse<String> response = deliver("connection/enabled", body, "h-" + userId.hashCode());

      assertThat(response.statusCode()).as(userId).isEqualTo(400);
      assertThat(response.body()).as(userId).contains("\"errors\"", "owner id");
    }
    assertThat(receipts.size()).isZero();
    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isZero();
  }

  @Test
  void firedWithOverlongIdsOrTooManyIngredients_isRefusedAtIntake() throws Exception {
    String tooMany =
        IntStream.rangeClosed(0, ConnectionTriggerEvent.MAX_INGREDIENTS)
            .mapToObj(i -> "\"i" + i + "\":\"v\"")
            .collect(Collectors.joining(",", "{", "}"));
    for (String body :
        List.of(
            FIRED.replace("5e0d9be3-2381-4cbe-a567-ed264b0ac1dc", "u".repeat(100_000)),
            FIRED.replace("fa58e624-806f-447b-a902-9985acca572a", "t".repeat(201)),
            FIRED.replace("XwqsedQk", "f".repeat(201)),
            FIRED.replace("\"Street Art\"", "\"" + "s".repeat(10_001) + "\""),
            FIRED.replace("{\"FileName\":\"Street Art\",\"Size\":42}", tooMany),
            FIRED.replace("Pacific Time (US & Canada)", "z".repeat(101)))) {
      HttpResponse<String> response =
          deliver("trigger_subscription/fired", body, "o-" + body.hashCode());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("Malformed webhook");
    }
    assertThat(receipts.size()).isZero();
  }

  @Test
  void webhookWithDuplicateKeysOrDeepNesting_isABadRequest() throws Exception {
    String duplicate =
        "{\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"1\",\"user_id\":\"2\"}}";
    String deep =
        "{\"data\":{\"connection_id\":\"C8p3q9T6\",\"user_id\":\"1\"},\"x\":"
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "}";

    HttpResponse<String> duplicated = deliver("connection/enabled", duplicate, "dup-1");
    HttpResponse<String> nested = deliver("connection/enabled", deep, "deep-1");

    assertThat(duplicated.statusCode()).isEqualTo(400);
    assertThat(duplicated.body()).contains("user_id");
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("nests deeper");
    assertThat(receipts.size()).isZero();
  }

  @Test
  void unknownTypeOrEvent_isAcknowledged_andKeptForInspection() throws Exception {
    HttpResponse<String> response = deliver("applet/exploded", "not even json", "x1");
    HttpResponse<String> other = deliver("connection/renamed", ENABLED, "x2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("kept_unknown");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(receipts.unknown(Optional.empty(), 10, 1000))
        .extracting(r -> r.bodyExcerpt())
        .containsExactly("not even json", ENABLED);
    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isZero();
  }

  @Test
  void withoutRequestId_webhook_isABadRequest() throws Exception {
    HttpResponse<String> response = post("connection/enabled", ENABLED, "IFTTT-Service-Key", KEY);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("X-Request-ID");
  }
}
