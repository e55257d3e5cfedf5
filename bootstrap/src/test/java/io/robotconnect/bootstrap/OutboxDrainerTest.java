package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class OutboxDrainerTest {
  private final MutableClock clock = new MutableClock();
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private final OutboxDrainer.Settings rarePolls =
      OutboxDrainer.Settings.standard().withPollInterval(Duration.ofMinutes(10));
  private final List<String> delivered = new CopyOnWriteArrayList<>();

  private OutboxDrainer drainer(OutboxHandler handler, OutboxDrainer.Settings settings) {
    return new OutboxDrainer(
        new OutboxDrainService(
            outbox,
            new DirectUnitOfWork(),
            clock,
            handler,
            OutboxDrainService.Settings.of("test", 10)),
        settings);
  }

  private Map<Long, DeliveryOutcome> deliverAll(List<OutboxMessage> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    batch.forEach(
        m -> {
          delivered.add(m.payload());
          outcomes.put(m.id(), DeliveryOutcome.delivered());
        });
    return outcomes;
  }

  @Test
  void aRunningDrainer_deliversSoonAfterBeingWoken_withoutWaitingForThePoll() {
    try (OutboxDrainer drainer = drainer(this::deliverAll, rarePolls)) {
      drainer.start();
      outbox.enqueue("test", "hello");
      drainer.wake();

      waitUntil(() -> delivered.contains("hello"), "the woken drainer");
    }
  }

  @Test
  void close_stopsTheDrainer() {
    OutboxDrainer drainer =
        drainer(this::deliverAll, rarePolls.withPollInterval(Duration.ofMillis(5)));
    drainer.start();
    drainer.close();

    outbox.enqueue("test", "after close");
    drainer.wake();

    assertThat(outbox.pending("test")).isEqualTo(1);
    assertThat(delivered).isEmpty();
  }

  @Test
  void givenBatchesInFlight_aSlowDelivery_doesNotHoldUpTheMessagesBehindIt() throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    OutboxHandler handler =
        batch -> {
          if (batch.stream().anyMatch(m -> m.payload().equals("slow"))) {
            slowStarted.countDown();
            await(releaseSlow);
          }
          return deliverAll(batch);
        };
    try (OutboxDrainer drainer = drainer(handler, rarePolls.withInFlight(2))) {
      drainer.start();
      outbox.enqueue("test", "slow");
      drainer.wake();
      assertThat(slowStarted.await(5, TimeUnit.SECONDS)).as("slow delivery started").isTrue();

      outbox.enqueue("test", "fast");
      drainer.wake();
      waitUntil(() -> delivered.contains("fast"), "the message behind");

      assertThat(delivered).containsExactly("fast");
      releaseSlow.countDown();
      waitUntil(() -> delivered.contains("slow"), "the slow message");
    }
    assertThat(outbox.pending("test")).as("both recorded, at the latest on close").isZero();
    assertThat(delivered).containsExactlyInAnyOrder("fast", "slow");
  }

  private static void waitUntil(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
