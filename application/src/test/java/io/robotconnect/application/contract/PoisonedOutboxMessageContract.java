package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.DeadLetterService;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.RetryBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real outbox, one poisoned message among good ones in a batch a handler sends in one call
 * fails alone: the good ones are delivered once, at once; the poisoned one is retried up to its
 * channel's maximum, dead-lettered, listed, and delivered once after ops retry it.
 */
public abstract class PoisonedOutboxMessageContract {
  private static final int MAX_ATTEMPTS = 3;

  private MutableClock clock;
  private OutboxRepository outbox;
  private UnitOfWork unitOfWork;
  private String channel;

  protected abstract OutboxRepository outboxRepository(MutableClock clock);

  protected abstract UnitOfWork unitOfWork();

  @BeforeEach
  void createOutbox() {
    clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    outbox = outboxRepository(clock);
    unitOfWork = unitOfWork();
    channel = "poison." + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Sends every message of a batch in one call, which fails whole while it holds the poison. */
  private static final class OneCallDestination implements OutboxHandler {
    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    volatile boolean poisonRefused = true;
    int calls;

    @Override
    public synchronized Map<Long, DeliveryOutcome> deliver(List<OutboxMessage> batch) {
      calls++;
      boolean refused = poisonRefused && batch.stream().anyMatch(m -> m.payload().equals("poison"));
      DeliveryOutcome outcome =
          refused
              ? DeliveryOutcome.retryLater("400: one entry is invalid")
              : DeliveryOutcome.delivered();
      Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
      for (OutboxMessage message : batch) {
        outcomes.put(message.id(), outcome);
        if (!refused) {
          deliveries.merge(message.payload(), 1, Integer::sum);
        }
      }
      return outcomes;
    }

    @Override
    public boolean sharesFailures() {
      return true;
    }
  }

  @Test
  void poisonedMessage_failsAlone_isDeadLettered_andOpsRetryDeliversItOnce() {
    for (int i = 0; i < 9; i++) {
      outbox.enqueue(channel, i == 4 ? "poison" : "good-" + i);
    }
    outbox.enqueue(channel, "good-9");
    OneCallDestination destination = new OneCallDestination();
    OutboxDrainService worker =
        new OutboxDrainService(
            outbox,
            unitOfWork,
            clock,
            destination,
            OutboxDrainService.Settings.of(channel, 50)
                .withBackoff(new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10)))
                .withMaxAttempts(MAX_ATTEMPTS));
    DeadLetterService deadLetters = new DeadLetterService(outbox, unitOfWork, new OutboxSignal());

    assertThat(worker.drainOnce()).isEqualTo(10);

    assertThat(destination.deliveries)
        .as("the good messages, each once, in the first round")
        .hasSize(9)
        .allSatisfy((payload, times) -> assertThat(times).isEqualTo(1))
        .doesNotContainKey("poison");
    assertThat(outbox.pending(channel)).isEqualTo(1);

    for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(worker.drainOnce()).as("attempt " + attempt).isEqualTo(1);
    }
    clock.advance(Duration.ofDays(1));
    assertThat(worker.drainOnce()).as("dead letters are not claimed").isZero();
    assertThat(outbox.pending(channel)).isZero();

    List<DeadLetter> listed =
        deadLetters.deadLetters(Optional.of(channel), PageRequest.first(50)).items();
    assertThat(listed)
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.payloadExcerpt()).isEqualTo("poison");
              assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
              assertThat(dead.lastError()).isEqualTo("400: one entry is invalid");
            });

    destination.poisonRefused = false;
    assertThat(deadLetters.retry(listed.get(0).id())).isTrue();
    assertThat(worker.drainOnce()).isEqualTo(1);

    assertThat(destination.deliveries).hasSize(10).containsEntry("poison", 1);
    assertThat(outbox.pending(channel)).isZero();
    assertThat(deadLetters.deadLetters(Optional.of(channel), PageRequest.first(50)).items())
        .isEmpty();
  }
}
