package io.robotconnect.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.acceptance.sandbox.ConnectSandbox;
import io.robotconnect.acceptance.sandbox.WebhookSender;
import io.robotconnect.acceptance.support.ConnectDoubles;
import io.robotconnect.acceptance.support.Eventually;
import io.robotconnect.acceptance.support.RobotObserver;
import io.robotconnect.acceptance.support.TestApplication;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.bootstrap.Components;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook burst: 1,000 {@code trigger_subscription/fired} deliveries of the rain alarm, 10% of
 * them repeats of an earlier request id, sent by 16 senders at once while the Connect API answers
 * slowly. Every distinct delivery must leave exactly one effect of each behaviour step (one robot
 * command, one Connect action) and nothing must be lost. Measures how fast the platform
 * acknowledges and how long it takes to drain; the numbers go to docs/performance.md.
 */
class WebhookBurstTest {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookBurstTest.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DELIVERIES = 1000;
  private static final int DUPLICATES = DELIVERIES / 10;
  private static final int DISTINCT = DELIVERIES - DUPLICATES;
  private static final Duration SLOW_CONNECT_API = Duration.ofMillis(250);
  private static final String CONNECTION = ConnectDoubles.RAIN_ALARM_CONNECTION;

  private RobotObserver robot;

  @AfterEach
  void restore() {
    ConnectDoubles.sandbox().slowDown(Duration.ZERO);
    if (robot != null) {
      robot.close();
    }
  }

  @Test
  void burstOfFiredWebhooks_withDuplicates_andASlowConnectApi_leavesExactlyOneEffectPerDelivery()
      throws Exception {
    Components components = TestApplication.get().components();
    ConnectSandbox sandbox = ConnectDoubles.sandbox();
    OwnerId owner = new OwnerId("burst-" + UUID.randomUUID());
    components
        .persistence()
        .owners()
        .save(new Owner(owner, new EmailAddress(owner.value() + "@example.com"), "Burst", "x"));
    RobotId robotId = new RobotId(UUID.randomUUID());
    components
        .persistence()
        .robots()
        .save(new Robot(robotId, owner, "Kuri", List.of(new Place(UUID.randomUUID(), "Hall"))));
    robot = new RobotObserver(robotId.value());
    sandbox.enable(owner.value(), CONNECTION, false);
    Eventually.waitUntil(
        Duration.ofSeconds(20),
        "the connection is stored",
        () ->
            components
                .connect()
                .userConnections()
                .find(owner, new ConnectionId(CONNECTION))
                .isPresent());
    sandbox.slowDown(SLOW_CONNECT_API);

    List<String[]> deliveries = deliveries(owner);
    ExecutorService senders = Executors.newFixedThreadPool(16);
    WebhookSender webhooks = sandbox.webhooks();
    long start = System.nanoTime();
    List<Future<WebhookSender.Delivery>> answers = new ArrayList<>();
    for (String[] delivery : deliveries) {
      answers.add(
          senders.submit(
              () ->
                  webhooks.deliver(
                      "trigger_subscription",
                      "fired",
                      delivery[0],
                      delivery[1],
                      TestApplication.SERVICE_KEY)));
    }
    int accepted = 0;
    int duplicates = 0;
    for (Future<WebhookSender.Delivery> answer : answers) {
      WebhookSender.Delivery delivery = answer.get();
      assertThat(delivery.status()).as(delivery.answer()).isEqualTo(200);
      if (delivery.answer().contains("duplicate")) {
        duplicates++;
      } else {
        accepted++;
      }
    }
    long acknowledgedNanos = System.nanoTime() - start;
    senders.shutdown();

    OutboxRepository outbox = components.persistence().outbox();
    Eventually.waitUntil(
        Duration.ofMinutes(5),
        "every behaviour step ran",
        () ->
            robot.commands().size() >= DISTINCT
                && actionRuns(sandbox, owner) >= DISTINCT
                && outbox.pending(OutboxChannel.CONNECT_WEBHOOKS) == 0
                && outbox.pending(OutboxChannel.CONNECTION_EFFECTS) == 0);
    long drainedNanos = System.nanoTime() - start;

    assertThat(accepted).isEqualTo(DISTINCT);
    assertThat(duplicates).isEqualTo(DUPLICATES);
    assertThat(
            components
                .connect()
                .triggerEvents()
                .newest(owner, new ConnectionId(CONNECTION), 10_000))
        .hasSize(DISTINCT);
    assertThat(robot.commands()).hasSize(DISTINCT);
    assertThat(actionRuns(sandbox, owner)).isEqualTo(DISTINCT);

    double ackSeconds = acknowledgedNanos / 1e9;
    double drainSeconds = drainedNanos / 1e9;
    LOG.info(
        "Webhook burst: {} deliveries ({} distinct, {} duplicates), Connect API answering after {} ms:"
            + " all acknowledged in {} s ({} deliveries/s), drained (every robot command and Connect"
            + " action done once) in {} s ({} events/s)",
        DELIVERIES,
        DISTINCT,
        DUPLICATES,
        SLOW_CONNECT_API.toMillis(),
        String.format("%.2f", ackSeconds),
        String.format("%.0f", DELIVERIES / ackSeconds),
        String.format("%.2f", drainSeconds),
        String.format("%.0f", DISTINCT / drainSeconds));
  }

  private static long actionRuns(ConnectSandbox sandbox, OwnerId owner) {
    return sandbox.actionRuns().stream().filter(r -> r.user().equals(owner.value())).count();
  }

  /** {requestId, body}: 900 distinct events, then 100 repeats of earlier ones, shuffled. */
  private static List<String[]> deliveries(OwnerId owner) {
    List<String[]> distinct = new ArrayList<>();
    for (int i = 0; i < DISTINCT; i++) {
      ObjectNode body = JSON.createObjectNode();
      body.put("sent_at", System.currentTimeMillis());
      body.putObject("data")
          .put("connection_id", CONNECTION)
          .put("user_id", owner.value())
          .put("user_timezone", "UTC")
          .put("trigger_id", "weather.tomorrows_forecast_calls_for")
          .put("feature_id", "rain_alarm");
      body.putObject("event_data").putObject("ingredients").put("Condition", "rain #" + i);
      distinct.add(new String[] {UUID.randomUUID().toString().replace("-", ""), body.toString()});
    }
    Random random = new Random(42);
    List<String[]> all = new ArrayList<>(distinct);
    for (int i = 0; i < DUPLICATES; i++) {
      all.add(distinct.get(random.nextInt(DISTINCT)).clone());
    }
    // a repeat must come after its original has been answered to count as a duplicate: keep the
    // originals first, shuffle within each half
    Collections.shuffle(all.subList(0, DISTINCT), random);
    Collections.shuffle(all.subList(DISTINCT, all.size()), random);
    return all;
  }
}
