package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.DeadLetterService;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.RetryBackoff;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real outbox, one poisoned message among good ones in a batch a handler sends in one call
 * fails alone: the good ones are delivered once, at once; the poisoned one is retried up to its
 * channel's maximum, dead-lettered, listed, and delivered once after ops retry it. A message whose
 * stored payload cannot be read fails alone too.
 */
public abstract class PoisonedOutboxMessageContract {
  private static final int MAX_ATTEMPTS = 3;
  private static final OutboxChannel<PhraseListPush> CHANNEL = OutboxChannel.ROBOT_PHRASES;

  private MutableClock clock;
  private OutboxRepository outbox;
  private UnitOfWork unitOfWork;

  /** The implementation under test, empty; it enqueues messages due at {@code clock.now()}. */
  protected abstract OutboxRepository outboxRepository(MutableClock clock);

  protected abstract UnitOfWork unitOfWork();

  /** Stores a message of the channel, due now, whose stored payload text cannot be read. */
  protected abstract void storeUnreadable(OutboxChannel<?> channel, String payloadText);

  @BeforeEach
  void createOutbox() {
    clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    outbox = outboxRepository(clock);
    unitOfWork = unitOfWork();
  }

  private static PhraseListPush message(String name) {
    return new PhraseListPush(new OwnerId(name));
  }

  private static String name(OutboxMessage<PhraseListPush> message) {
    return message.payload().owner().value();
  }

  /** Sends every message of a batch in one call, which fails whole while it holds the poison. */
  private static final class OneCallDestination implements OutboxHandler<PhraseListPush> {
    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    volatile boolean poisonRefused = true;
    int calls;

    @Override
    public OutboxChannel<PhraseListPush> channel() {
      return CHANNEL;
    }

    @Override
    public synchronized Map<Long, DeliveryOutcome> deliver(
        List<OutboxMessage<PhraseListPush>> batch) {
      calls++;
      boolean refused = poisonRefused && batch.stream().anyMatch(m -> name(m).equals("poison"));
      DeliveryOutcome outcome =
          refused
              ? DeliveryOutcome.retryLater("400: one entry is invalid")
              : DeliveryOutcome.delivered();
      Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
      for (OutboxMessage<PhraseListPush> message : batch) {
        outcomes.put(message.id(), outcome);
        if (!refused) {
          deliveries.merge(name(message), 1, Integer::sum);
        }
      }
      return outcomes;
    }

    @Override
    public boolean sharesFailures() {
      return true;
    }
  }

  private OutboxDrainService<PhraseListPush> worker(OneCallDestination destination) {
    RetryBackoff secondsDoubling = failed -> Duration.ofSeconds(1L << Math.min(failed, 10));
    return new OutboxDrainService<>(
        outbox,
        unitOfWork,
        clock,
        destination,
        OutboxDrainService.Settings.of(50, secondsDoubling).withMaxAttempts(MAX_ATTEMPTS));
  }

  private List<DeadLetter> listed(DeadLetterService deadLetters) {
    return deadLetters.deadLetters(Optional.of(CHANNEL.name()), PageRequest.first(50)).items();
  }

  @Test
  void poisonedMessage_failsAlone_isDeadLettered_andOpsRetryDeliversItOnce() {
    for (int i = 0; i < 9; i++) {
      outbox.enqueue(message(i == 4 ? "poison" : "good-" + i));
    }
    outbox.enqueue(message("good-9"));
    OneCallDestination destination = new OneCallDestination();
    OutboxDrainService<PhraseListPush> worker = worker(destination);
    DeadLetterService deadLetters = new DeadLetterService(outbox, unitOfWork, new OutboxSignal());

    assertThat(worker.drainOnce()).isEqualTo(10);

    assertThat(destination.deliveries)
        .as("the good messages, each once, in the first round")
        .hasSize(9)
        .allSatisfy((payload, times) -> assertThat(times).isEqualTo(1))
        .doesNotContainKey("poison");
    assertThat(outbox.pending(CHANNEL)).isEqualTo(1);

    for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(worker.drainOnce()).as("attempt " + attempt).isEqualTo(1);
    }
    clock.advance(Duration.ofDays(1));
    assertThat(worker.drainOnce()).as("dead letters are not claimed").isZero();
    assertThat(outbox.pending(CHANNEL)).isZero();

    List<DeadLetter> listed = listed(deadLetters);
    assertThat(listed)
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.payloadExcerpt()).contains("poison");
              assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
              assertThat(dead.lastError()).isEqualTo("400: one entry is invalid");
            });

    destination.poisonRefused = false;
    assertThat(deadLetters.retry(listed.get(0).id())).isTrue();
    assertThat(worker.drainOnce()).isEqualTo(1);

    assertThat(destination.deliveries).hasSize(10).containsEntry("poison", 1);
    assertThat(outbox.pending(CHANNEL)).isZero();
    assertThat(listed(deadLetters)).isEmpty();
  }

  @Test
  void unreadableMessage_failsAlone_isDeadLetteredSayingWhy_andTheRestIsDelivered() {
    outbox.enqueue(message("good-0"));
    storeUnreadable(CHANNEL, "owner=good-1");
    outbox.enqueue(message("good-2"));
    OneCallDestination destination = new OneCallDestination();
    DeadLetterService deadLetters = new DeadLetterService(outbox, unitOfWork, new OutboxSignal());

    assertThat(worker(destination).drainOnce()).as("the readable messages").isEqualTo(2);

    assertThat(destination.deliveries).containsOnlyKeys("good-0", "good-2");
    assertThat(outbox.pending(CHANNEL)).isZero();
    assertThat(listed(deadLetters))
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.payloadExcerpt()).isEqualTo("owner=good-1");
              assertThat(dead.lastError()).startsWith("unreadable payload");
            });
  }
}
