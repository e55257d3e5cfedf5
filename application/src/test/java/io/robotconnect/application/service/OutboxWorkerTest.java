package io.robotconnect.application.service;

import static io.robotconnect.application.service.WaitUntil.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
  private final FixedClock clock = new FixedClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeOutbox outbox = new FakeOutbox(clock);
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
  private final OutboxWorker.Settings settings =
      OutboxWorker.Settings.of("test", 10).withBackoff(backoff);

  private OutboxWorker worker(OutboxHandler handler) {
    return worker(handler, settings);
  }

  private OutboxWorker worker(OutboxHandler handler, OutboxWorker.Settings settings) {
    return new OutboxWorker(outbox, unitOfWork, clock, handler, settings);
  }

  private static OutboxHandler answering(OutboxOutcome outcome) {
    return batch -> {
      Map<Long, OutboxOutcome> outcomes = new HashMap<>();
      batch.forEach(m -> outcomes.put(m.id(), outcome));
      return outcomes;
    };
  }

  @Test
  void deliveredMessages_areRemoved() {
    outbox.enqueue("test", "a");
    outbox.enqueue("test", "b");

    int claimed = worker(answering(OutboxOutcome.delivered())).drainOnce();

    assertThat(claimed).isEqualTo(2);
    assertThat(outbox.pending("test")).isZero();
  }

  @Test
  void batches_areAtMostTheBatchSize_andOnlyOfTheWorkersChannel() {
    for (int i = 0; i < 25; i++) {
      outbox.enqueue("test", "m" + i);
    }
    outbox.enqueue("other", "x");
    List<Integer> sizes = new CopyOnWriteArrayList<>();
    OutboxHandler handler =
        batch -> {
          sizes.add(batch.size());
          return answering(OutboxOutcome.delivered()).deliver(batch);
        };
    OutboxWorker worker = worker(handler);

    while (worker.drainOnce() > 0) {}

    assertThat(sizes).containsExactly(10, 10, 5);
    assertThat(outbox.pending("other")).isEqualTo(1);
  }

  @Test
  void aTemporaryFailure_isRetriedAfterABackoffThatGrows() {
    outbox.enqueue("test", "a");
    OutboxWorker worker = worker(answering(OutboxOutcome.retryLater("503")));

    worker.drainOnce();
    FakeOutbox.Row row = outbox.rows("test").get(0);
    Duration firstWait = Duration.between(clock.now(), row.dueAt);
    assertThat(worker.drainOnce()).as("not due yet").isZero();

    clock.advance(firstWait);
    worker.drainOnce();
    Duration secondWait = Duration.between(clock.now(), row.dueAt);

    assertThat(row.attempts).isEqualTo(2);
    assertThat(row.lastError).isEqualTo("503");
    assertThat(firstWait).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(secondWait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aPermanentFailure_isKeptButNeverClaimedAgain() {
    outbox.enqueue("test", "a");
    OutboxWorker worker = worker(answering(OutboxOutcome.giveUp("400 bad request")));

    worker.drainOnce();
    clock.advance(Duration.ofDays(1));

    assertThat(worker.drainOnce()).isZero();
    assertThat(outbox.rows("test")).singleElement().satisfies(r -> assertThat(r.givenUp).isTrue());
  }

  @Test
  void aHandlerThatThrows_getsTheWholeBatchRetried() {
    outbox.enqueue("test", "a");
    outbox.enqueue("test", "b");
    OutboxWorker worker =
        worker(
            batch -> {
              throw new IllegalStateException("boom");
            });

    worker.drainOnce();

    assertThat(outbox.rows("test")).allSatisfy(r -> assertThat(r.attempts).isEqualTo(1));
    assertThat(outbox.pending("test")).isEqualTo(2);
  }

  @Test
  void aHandlerThatThrowsForOneMessage_deliversTheOthers_andRetriesOnlyThatOne() {
    for (String payload : List.of("a", "b", "poison", "c", "d")) {
      outbox.enqueue("test", payload);
    }
    List<String> delivered = new CopyOnWriteArrayList<>();
    OutboxHandler handler =
        batch -> {
          if (batch.stream().anyMatch(m -> m.payload().equals("poison"))) {
            throw new IllegalStateException("cannot store a 100 kB user id");
          }
          batch.forEach(m -> delivered.add(m.payload()));
          return answering(OutboxOutcome.delivered()).deliver(batch);
        };

    worker(handler).drainOnce();

    assertThat(delivered).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(outbox.rows("test"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.payload).isEqualTo("poison");
              assertThat(r.attempts).isEqualTo(1);
              assertThat(r.lastError).contains("cannot store");
            });
  }

  @Test
  void givenTwoPoisonedMessagesInAFreshBatch_theGoodOnesAreDeliveredOnTheirFirstRetry() {
    for (String payload : List.of("poison", "a", "b", "c", "poison", "d")) {
      outbox.enqueue("test", payload);
    }
    Map<String, Integer> deliveries = new HashMap<>();
    OutboxHandler handler =
        new OutboxHandler() {
          @Override
          public Map<Long, OutboxOutcome> deliver(List<OutboxMessage> batch) {
            boolean poisoned = batch.stream().anyMatch(m -> m.payload().equals("poison"));
            if (!poisoned) {
              batch.forEach(m -> deliveries.merge(m.payload(), 1, Integer::sum));
            }
            return answering(poisoned ? OutboxOutcome.retryLater("400") : OutboxOutcome.delivered())
                .deliver(batch);
          }

          @Override
          public boolean sharesFailures() {
            return true;
          }
        };
    OutboxWorker worker = worker(handler);

    worker.drainOnce();
    assertThat(deliveries)
        .as("both halves failed: probably an outage, left for the retry")
        .isEmpty();
    clock.advance(Duration.ofMinutes(1));
    worker.drainOnce();

    assertThat(deliveries)
        .containsOnlyKeys("a", "b", "c", "d")
        .allSatisfy((p, n) -> assertThat(n).isOne());
    assertThat(outbox.rows("test")).extracting(r -> r.payload).containsExactly("poison", "poison");
  }

  @Test
  void aHandlerThatDeliversEachMessageAlone_isNotAskedAgainForItsFailures() {
    outbox.enqueue("test", "a");
    outbox.enqueue("test", "b");
    List<Integer> calls = new CopyOnWriteArrayList<>();
    OutboxHandler handler =
        batch -> {
          calls.add(batch.size());
          return answering(OutboxOutcome.retryLater("503")).deliver(batch);
        };

    worker(handler).drainOnce();

    assertThat(calls).containsExactly(2);
    assertThat(outbox.rows("test")).allSatisfy(r -> assertThat(r.attempts).isEqualTo(1));
  }

  @Test
  void aMessageThatKeepsFailing_isDeadLetteredAfterTheChannelsMaximumOfAttempts() {
    outbox.enqueue("test", "flaky");
    OutboxWorker worker =
        worker(answering(OutboxOutcome.retryLater("503")), settings.withMaxAttempts(3));

    for (int i = 0; i < 3; i++) {
      assertThat(worker.drainOnce()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(5));
    }

    assertThat(worker.drainOnce()).isZero();
    assertThat(outbox.rows("test"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.givenUp).isTrue();
              assertThat(r.attempts).isEqualTo(3);
              assertThat(r.lastError).isEqualTo("503");
            });
  }

  @Test
  void aRunningWorker_deliversSoonAfterBeingWoken_withoutWaitingForThePoll() {
    List<String> seen = new CopyOnWriteArrayList<>();
    OutboxHandler handler =
        batch -> {
          batch.forEach(m -> seen.add(m.payload()));
          return answering(OutboxOutcome.delivered()).deliver(batch);
        };
    try (OutboxWorker worker = worker(handler, settings.withPollInterval(Duration.ofMinutes(10)))) {
      worker.start();
      outbox.enqueue("test", "hello");
      worker.wake();

      waitUntil(Duration.ofSeconds(5), () -> seen.contains("hello"), "the woken worker");
    }
  }

  @Test
  void close_stopsTheWorker() {
    List<String> seen = new CopyOnWriteArrayList<>();
    OutboxWorker worker =
        new OutboxWorker(
            outbox,
            unitOfWork,
            clock,
            batch -> {
              batch.forEach(m -> seen.add(m.payload()));
              return answering(OutboxOutcome.delivered()).deliver(batch);
            },
            settings.withPollInterval(Duration.ofMillis(5)));
    worker.start();
    worker.close();

    outbox.enqueue("test", "after close");
    worker.wake();

    assertThat(outbox.pending("test")).isEqualTo(1);
    assertThat(seen).isEmpty();
  }

  @Test
  void givenBatchesInFlight_aSlowDelivery_doesNotHoldUpTheMessagesBehindIt() throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    List<String> delivered = new CopyOnWriteArrayList<>();
    OutboxHandler handler =
        batch -> {
          if (batch.stream().anyMatch(m -> m.payload().equals("slow"))) {
            slowStarted.countDown();
            await(releaseSlow);
          }
          batch.forEach(m -> delivered.add(m.payload()));
          return answering(OutboxOutcome.delivered()).deliver(batch);
        };
    try (OutboxWorker worker =
        worker(handler, settings.withPollInterval(Duration.ofMinutes(10)).withInFlight(2))) {
      worker.start();
      outbox.enqueue("test", "slow");
      worker.wake();
      assertThat(slowStarted.await(5, TimeUnit.SECONDS)).as("slow delivery started").isTrue();

      outbox.enqueue("test", "fast");
      worker.wake();
      waitUntil(Duration.ofSeconds(5), () -> delivered.contains("fast"), "the message behind");

      assertThat(delivered).containsExactly("fast");
      releaseSlow.countDown();
      waitUntil(Duration.ofSeconds(5), () -> outbox.pending("test") == 0, "the slow message");
    }
    assertThat(delivered).containsExactlyInAnyOrder("fast", "slow");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
