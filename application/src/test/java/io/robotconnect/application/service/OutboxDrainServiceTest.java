package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.ClaimedOutboxBatch;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OutboxDrainServiceTest {
  private static final OutboxChannel<PhraseListPush> TEST = OutboxChannel.ROBOT_PHRASES;

  private final FixedClock clock = new FixedClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeOutbox outbox = new FakeOutbox(clock);
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final RetryBackoff backoff = failed -> Duration.ofSeconds(1L << failed);
  private final OutboxDrainService.Settings settings = OutboxDrainService.Settings.of(10, backoff);

  private OutboxDrainService<PhraseListPush> drain(OutboxHandler<PhraseListPush> handler) {
    return drain(handler, settings);
  }

  private OutboxDrainService<PhraseListPush> drain(
      OutboxHandler<PhraseListPush> handler, OutboxDrainService.Settings settings) {
    return new OutboxDrainService<>(outbox, unitOfWork, clock, handler, settings);
  }

  private static PhraseListPush message(String name) {
    return new PhraseListPush(new OwnerId(name));
  }

  private static String name(OutboxMessage<PhraseListPush> message) {
    return message.payload().owner().value();
  }

  /** A handler of the test channel that delivers each batch through {@code deliver}. */
  private static OutboxHandler<PhraseListPush> handler(
      Function<List<OutboxMessage<PhraseListPush>>, Map<Long, DeliveryOutcome>> deliver) {
    return new OutboxHandler<>() {
      @Override
      public OutboxChannel<PhraseListPush> channel() {
        return TEST;
      }

      @Override
      public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<PhraseListPush>> batch) {
        return deliver.apply(batch);
      }
    };
  }

  private static OutboxHandler<PhraseListPush> answering(DeliveryOutcome outcome) {
    return handler(
        batch -> {
          Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
          batch.forEach(m -> outcomes.put(m.id(), outcome));
          return outcomes;
        });
  }

  @Test
  void deliveredMessages_areRemoved() {
    outbox.enqueue(message("a"));
    outbox.enqueue(message("b"));

    int claimed = drain(answering(DeliveryOutcome.delivered())).drainOnce();

    assertThat(claimed).isEqualTo(2);
    assertThat(outbox.pending(TEST)).isZero();
  }

  @Test
  void batches_areAtMostTheBatchSize_andOnlyOfTheDrainedChannel() {
    for (int i = 0; i < 25; i++) {
      outbox.enqueue(message("m" + i));
    }
    outbox.enqueue(new RealtimeNotification(List.of("x"), List.of()));
    List<Integer> sizes = new CopyOnWriteArrayList<>();
    OutboxHandler<PhraseListPush> handler =
        handler(
            batch -> {
              sizes.add(batch.size());
              return answering(DeliveryOutcome.delivered()).deliver(batch);
            });
    OutboxDrainService<PhraseListPush> drain = drain(handler);

    while (drain.drainOnce() > 0) {}

    assertThat(sizes).containsExactly(10, 10, 5);
    assertThat(outbox.pending(OutboxChannel.REALTIME)).isEqualTo(1);
  }

  @Test
  void aTemporaryFailure_isRetriedAfterABackoffThatGrows() {
    outbox.enqueue(message("a"));
    OutboxDrainService<PhraseListPush> drain = drain(answering(DeliveryOutcome.retryLater("503")));

    drain.drainOnce();
    FakeOutbox.Row row = outbox.rows(TEST).get(0);
    Duration firstWait = Duration.between(clock.now(), row.dueAt);
    assertThat(drain.drainOnce()).as("not due yet").isZero();

    clock.advance(firstWait);
    drain.drainOnce();
    Duration secondWait = Duration.between(clock.now(), row.dueAt);

    assertThat(row.attempts).isEqualTo(2);
    assertThat(row.lastError).isEqualTo("503");
    assertThat(firstWait).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(secondWait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aPermanentFailure_isKeptButNeverClaimedAgain() {
    outbox.enqueue(message("a"));
    OutboxDrainService<PhraseListPush> drain =
        drain(answering(DeliveryOutcome.giveUp("400 bad request")));

    drain.drainOnce();
    clock.advance(Duration.ofDays(1));

    assertThat(drain.drainOnce()).isZero();
    assertThat(outbox.rows(TEST)).singleElement().satisfies(r -> assertThat(r.givenUp).isTrue());
  }

  @Test
  void aHandlerThatThrows_getsTheWholeBatchRetried() {
    outbox.enqueue(message("a"));
    outbox.enqueue(message("b"));
    OutboxDrainService<PhraseListPush> drain =
        drain(
            handler(
                batch -> {
                  throw new IllegalStateException("boom");
                }));

    drain.drainOnce();

    assertThat(outbox.rows(TEST)).allSatisfy(r -> assertThat(r.attempts).isEqualTo(1));
    assertThat(outbox.pending(TEST)).isEqualTo(2);
  }

  @Test
  void aHandlerThatThrowsForOneMessage_deliversTheOthers_andRetriesOnlyThatOne() {
    for (String payload : List.of("a", "b", "poison", "c", "d")) {
      outbox.enqueue(message(payload));
    }
    List<String> delivered = new CopyOnWriteArrayList<>();
    OutboxHandler<PhraseListPush> handler =
        handler(
            batch -> {
              if (batch.stream().anyMatch(m -> name(m).equals("poison"))) {
                throw new IllegalStateException("cannot store a 100 kB user id");
              }
              batch.forEach(m -> delivered.add(name(m)));
              return answering(DeliveryOutcome.delivered()).deliver(batch);
            });

    drain(handler).drainOnce();

    assertThat(delivered).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(outbox.rows(TEST))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.payload).isEqualTo(message("poison"));
              assertThat(r.attempts).isEqualTo(1);
              assertThat(r.lastError).contains("cannot store");
            });
  }

  @Test
  void givenTwoPoisonedMessagesInAFreshBatch_theGoodOnesAreDeliveredOnTheirFirstRetry() {
    for (String payload : List.of("poison", "a", "b", "c", "poison", "d")) {
      outbox.enqueue(message(payload));
    }
    Map<String, Integer> deliveries = new HashMap<>();
    OutboxHandler<PhraseListPush> handler =
        new OutboxHandler<>() {
          @Override
          public OutboxChannel<PhraseListPush> channel() {
            return TEST;
          }

          @Override
          public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<PhraseListPush>> batch) {
            boolean poisoned = batch.stream().anyMatch(m -> name(m).equals("poison"));
            if (!poisoned) {
              batch.forEach(m -> deliveries.merge(name(m), 1, Integer::sum));
            }
            return answering(
                    poisoned ? DeliveryOutcome.retryLater("400") : DeliveryOutcome.delivered())
                .deliver(batch);
          }

          @Override
          public boolean sharesFailures() {
            return true;
          }
        };
    OutboxDrainService<PhraseListPush> drain = drain(handler);

    drain.drainOnce();
    assertThat(deliveries)
        .as("both halves failed: probably an outage, left for the retry")
        .isEmpty();
    clock.advance(Duration.ofMinutes(1));
    drain.drainOnce();

    assertThat(deliveries)
        .containsOnlyKeys("a", "b", "c", "d")
        .allSatisfy((p, n) -> assertThat(n).isOne());
    assertThat(outbox.rows(TEST))
        .extracting(r -> r.payload)
        .containsExactly(message("poison"), message("poison"));
  }

  @Test
  void aHandlerThatDeliversEachMessageAlone_isNotAskedAgainForItsFailures() {
    outbox.enqueue(message("a"));
    outbox.enqueue(message("b"));
    List<Integer> calls = new CopyOnWriteArrayList<>();
    OutboxHandler<PhraseListPush> handler =
        handler(
            batch -> {
              calls.add(batch.size());
              return answering(DeliveryOutcome.retryLater("503")).deliver(batch);
            });

    drain(handler).drainOnce();

    assertThat(calls).containsExactly(2);
    assertThat(outbox.rows(TEST)).allSatisfy(r -> assertThat(r.attempts).isEqualTo(1));
  }

  @Test
  void aMessageThatKeepsFailing_isDeadLetteredAfterTheChannelsMaximumOfAttempts() {
    outbox.enqueue(message("flaky"));
    OutboxDrainService<PhraseListPush> drain =
        drain(answering(DeliveryOutcome.retryLater("503")), settings.withMaxAttempts(3));

    for (int i = 0; i < 3; i++) {
      assertThat(drain.drainOnce()).isEqualTo(1);
      clock.advance(Duration.ofMinutes(5));
    }

    assertThat(drain.drainOnce()).isZero();
    assertThat(outbox.rows(TEST))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.givenUp).isTrue();
              assertThat(r.attempts).isEqualTo(3);
              assertThat(r.lastError).isEqualTo("503");
            });
  }

  @Test
  void aBatchClaimedForDelivery_isRecordedWithTheNextClaim() {
    outbox.enqueue(message("a"));
    OutboxDrainService<PhraseListPush> drain = drain(answering(DeliveryOutcome.delivered()));

    ClaimedOutboxBatch claimed = drain.claimForDelivery();
    claimed.deliver();

    assertThat(claimed.size()).isEqualTo(1);
    assertThat(outbox.pending(TEST)).as("delivered, not yet recorded").isEqualTo(1);
    assertThat(drain.claimForDelivery().size()).isZero();
    assertThat(outbox.pending(TEST)).isZero();
  }

  @Test
  void deliveredBatches_leftAtShutdown_areRecordedByRecordFinished() {
    outbox.enqueue(message("a"));
    outbox.enqueue(message("b"));
    OutboxDrainService<PhraseListPush> drain = drain(answering(DeliveryOutcome.delivered()));

    drain.claimForDelivery().deliver();
    drain.recordFinished();

    assertThat(outbox.pending(TEST)).isZero();
  }
}
