package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.RetryBackoff;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OutboxDrainerTest {
  private final MutableClock clock = new MutableClock();
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private final OutboxDrainer.Settings rarePolls =
      OutboxDrainer.Settings.standard().withPollInterval(Duration.ofMinutes(10));
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final RetryBackoff aSecond = failed -> Duration.ofSeconds(1);

  private OutboxDrainer drainer(
      Function<List<OutboxMessage<PhraseListPush>>, Map<Long, DeliveryOutcome>> deliver,
      OutboxDrainer.Settings settings) {
    OutboxHandler<PhraseListPush> handler =
        new OutboxHandler<>() {
          @Override
          public OutboxChannel<PhraseListPush> channel() {
            return OutboxChannel.ROBOT_PHRASES;
          }

          @Override
          public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<PhraseListPush>> batch) {
            return deliver.apply(batch);
          }
        };
    return new OutboxDrainer(
        new OutboxDrainService<>(
            outbox,
            new DirectUnitOfWork(),
            clock,
            handler,
            OutboxDrainService.Settings.of(10, aSecond)),
        settings,
        aSecond);
  }

  private static PhraseListPush message(String name) {
    return new PhraseListPush(new OwnerId(name));
  }

  private static String name(OutboxMessage<PhraseListPush> message) {
    return message.payload().owner().value();
  }

  private Map<Long, DeliveryOutcome> deliverAll(List<OutboxMessage<PhraseListPush>> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    batch.forEach(
        m -> {
          delivered.add(name(m));
          outcomes.put(m.id(), DeliveryOutcome.delivered());
        });
    return outcomes;
  }

  @Test
  void aRunningDrainer_deliversSoonAfterBeingWoken_withoutWaitingForThePoll() {
    try (OutboxDrainer drainer = drainer(this::deliverAll, rarePolls)) {
      drainer.start();
      outbox.enqueue(message("hello"));
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

    outbox.enqueue(message("after close"));
    drainer.wake();

    assertThat(outbox.pending(OutboxChannel.ROBOT_PHRASES)).isEqualTo(1);
    assertThat(delivered).isEmpty();
  }

  @Test
  void givenBatchesInFlight_aSlowDelivery_doesNotHoldUpTheMessagesBehindIt() throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    Function<List<OutboxMessage<PhraseListPush>>, Map<Long, DeliveryOutcome>> handler =
        batch -> {
          if (batch.stream().anyMatch(m -> name(m).equals("slow"))) {
            slowStarted.countDown();
            await(releaseSlow);
          }
          return deliverAll(batch);
        };
    try (OutboxDrainer drainer = drainer(handler, rarePolls.withInFlight(2))) {
      drainer.start();
      outbox.enqueue(message("slow"));
      drainer.wake();
      assertThat(slowStarted.await(5, TimeUnit.SECONDS)).as("slow delivery started").isTrue();

      outbox.enqueue(message("fast"));
      drainer.wake();
      waitUntil(() -> delivered.contains("fast"), "the message behind");

      assertThat(delivered).containsExactly("fast");
      releaseSlow.countDown();
      waitUntil(() -> delivered.contains("slow"), "the slow message");
    }
    assertThat(outbox.pending(OutboxChannel.ROBOT_PHRASES))
        .as("both recorded, at the latest on close")
        .isZero();
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
