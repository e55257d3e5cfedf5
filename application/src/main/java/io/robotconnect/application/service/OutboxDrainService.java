package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ClaimedOutboxBatch;
import io.robotconnect.application.port.in.DrainOutboxUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one outbox channel: claims due messages in batches, hands them to an {@link
 * OutboxHandler}, and records each outcome (delivered, retried after an exponential backoff with
 * jitter, or dead-lettered once it failed for good or {@link Settings#maxAttempts} times). It owns
 * no thread: the caller decides when to drain and on which threads batches are delivered.
 *
 * <p>A poisoned message fails alone: when the handler throws, or a handler that sends messages
 * together ({@link OutboxHandler#sharesFailures()}) reports several failures, the failed messages
 * are delivered again at once in halves, and the failing halves split again, down to single
 * messages. Only a batch of first attempts whose two halves both fail entirely is left for its
 * retry (the destination is probably down, and splitting further would only multiply calls to it);
 * on that retry the split goes all the way, so the good messages wait one attempt at most.
 */
public final class OutboxDrainService<P extends OutboxPayload> implements DrainOutboxUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainService.class);

  /**
   * How a channel is drained.
   *
   * @param lease how long a claimed batch stays hidden from other instances; longer than a batch
   *     takes to deliver
   * @param failureBackoff how a message's retries are spaced
   * @param maxAttempts after this many failed attempts a message is dead-lettered
   */
  public record Settings(
      int batchSize, Duration lease, RetryBackoff failureBackoff, int maxAttempts) {
    /** The attempts a message gets unless the channel says otherwise: about an hour of retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 20;

    public Settings {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be positive");
      }
      Objects.requireNonNull(lease, "lease");
      Objects.requireNonNull(failureBackoff, "failureBackoff");
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("max attempts must be positive");
      }
    }

    public static Settings of(int batchSize, RetryBackoff failureBackoff) {
      return new Settings(batchSize, Duration.ofMinutes(2), failureBackoff, DEFAULT_MAX_ATTEMPTS);
    }

    /** Dead-letters a message after {@code attempts} failed attempts. */
    public Settings withMaxAttempts(int attempts) {
      return new Settings(batchSize, lease, failureBackoff, attempts);
    }
  }

  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final OutboxHandler<P> handler;
  private final Settings settings;
  private final Queue<Handled<P>> unrecorded = new ConcurrentLinkedQueue<>();

  /** A delivered batch and its outcomes, recorded with the next claim. */
  private record Handled<P extends OutboxPayload>(
      List<OutboxMessage<P>> batch, Map<Long, DeliveryOutcome> outcomes) {}

  public OutboxDrainService(
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxHandler<P> handler,
      Settings settings) {
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.handler = handler;
    this.settings = settings;
  }

  @Override
  public OutboxChannel<P> channel() {
    return handler.channel();
  }

  @Override
  public int drainOnce() {
    List<OutboxMessage<P>> batch = unitOfWork.inTransaction(this::claimBatch);
    if (!batch.isEmpty()) {
      record(batch, outcomesOf(batch));
    }
    return batch.size();
  }

  /** Claims the next batch in the caller's transaction. */
  private List<OutboxMessage<P>> claimBatch() {
    return outbox.claim(handler.channel(), settings.batchSize(), clock.now(), settings.lease());
  }

  @Override
  public ClaimedOutboxBatch claimForDelivery() {
    List<Handled<P>> handled = takeUnrecorded();
    List<OutboxMessage<P>> batch;
    try {
      batch =
          unitOfWork.inTransaction(
              () -> {
                handled.forEach(h -> recordOutcomes(h.batch(), h.outcomes()));
                return claimBatch();
              });
    } catch (RuntimeException e) {
      unrecorded.addAll(handled); // recorded with a later claim, or claimed again after the lease
      throw e;
    }
    return new Claimed(batch);
  }

  /** A claimed batch whose outcomes join the unrecorded ones once delivered. */
  private final class Claimed implements ClaimedOutboxBatch {
    private final List<OutboxMessage<P>> batch;

    Claimed(List<OutboxMessage<P>> batch) {
      this.batch = batch;
    }

    @Override
    public int size() {
      return batch.size();
    }

    @Override
    public void deliver() {
      if (!batch.isEmpty()) {
        unrecorded.add(new Handled<>(batch, outcomesOf(batch)));
      }
    }
  }

  @Override
  public void recordFinished() {
    List<Handled<P>> left = takeUnrecorded();
    if (left.isEmpty()) {
      return;
    }
    try {
      unitOfWork.run(() -> left.forEach(h -> recordOutcomes(h.batch(), h.outcomes())));
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox channel {}: could not record {} delivered batches; they are sent again once"
              + " their lease runs out",
          handler.channel(),
          left.size(),
          e);
    }
  }

  private List<Handled<P>> takeUnrecorded() {
    List<Handled<P>> taken = new ArrayList<>();
    for (Handled<P> h = unrecorded.poll(); h != null; h = unrecorded.poll()) {
      taken.add(h);
    }
    return taken;
  }

  private Map<Long, DeliveryOutcome> outcomesOf(List<OutboxMessage<P>> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    Attempt whole = attempt(batch, outcomes);
    List<OutboxMessage<P>> failed = whole.failedOf(batch);
    if (whole.mayBeAnotherMessagesFault(failed)) {
      boolean firstAttempts = batch.stream().allMatch(m -> m.attempts() == 0);
      isolate(failed, outcomes, firstAttempts);
    }
    return outcomes;
  }

  /** Delivers failed messages again in halves, splitting failing halves down to one message. */
  private void isolate(
      List<OutboxMessage<P>> failed, Map<Long, DeliveryOutcome> outcomes, boolean mayBeAnOutage) {
    int middle = failed.size() / 2;
    List<OutboxMessage<P>> first = failed.subList(0, middle);
    List<OutboxMessage<P>> second = failed.subList(middle, failed.size());
    Attempt firstAttempt = attempt(first, outcomes);
    Attempt secondAttempt = attempt(second, outcomes);
    List<OutboxMessage<P>> firstFailed = firstAttempt.failedOf(first);
    List<OutboxMessage<P>> secondFailed = secondAttempt.failedOf(second);
    if (mayBeAnOutage
        && firstFailed.size() == first.size()
        && secondFailed.size() == second.size()) {
      // the destination's outage is reported where it is called, not batch by batch
      LOG.debug(
          "outbox channel {}: {} messages failed in both halves of their batch; all retried later",
          handler.channel(),
          failed.size());
      return;
    }
    if (firstAttempt.mayBeAnotherMessagesFault(firstFailed)) {
      isolate(firstFailed, outcomes, false);
    }
    if (secondAttempt.mayBeAnotherMessagesFault(secondFailed)) {
      isolate(secondFailed, outcomes, false);
    }
  }

  /** Hands messages to the handler once, adding what became of them to {@code outcomes}. */
  private Attempt attempt(List<OutboxMessage<P>> messages, Map<Long, DeliveryOutcome> outcomes) {
    try {
      Map<Long, DeliveryOutcome> answered = handler.deliver(messages);
      for (OutboxMessage<P> message : messages) {
        outcomes.put(
            message.id(),
            answered.getOrDefault(message.id(), DeliveryOutcome.retryLater("not handled")));
      }
      return new Attempt(outcomes, handler.sharesFailures());
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox channel {}: delivering {} messages failed: {}",
          handler.channel(),
          messages.size(),
          LogText.abbreviated(e.toString()));
      LOG.debug("outbox channel {}: the failure", handler.channel(), e);
      DeliveryOutcome retry = DeliveryOutcome.retryLater(e.toString());
      messages.forEach(m -> outcomes.put(m.id(), retry));
      return new Attempt(outcomes, true);
    }
  }

  /**
   * One call of the handler.
   *
   * @param failuresMayBeShared whether one message's failure may have been caused by another of the
   *     call (the handler threw, or it sends messages together)
   */
  private record Attempt(Map<Long, DeliveryOutcome> outcomes, boolean failuresMayBeShared) {
    <P extends OutboxPayload> List<OutboxMessage<P>> failedOf(List<OutboxMessage<P>> messages) {
      return messages.stream()
          .filter(m -> !(outcomes.get(m.id()) instanceof DeliveryOutcome.Delivered))
          .toList();
    }

    boolean mayBeAnotherMessagesFault(List<?> failed) {
      return failuresMayBeShared && failed.size() > 1;
    }
  }

  private void record(List<OutboxMessage<P>> batch, Map<Long, DeliveryOutcome> outcomes) {
    unitOfWork.run(() -> recordOutcomes(batch, outcomes));
  }

  /** Records a delivered batch's outcomes in the caller's transaction. */
  private void recordOutcomes(List<OutboxMessage<P>> batch, Map<Long, DeliveryOutcome> outcomes) {
    List<Long> delivered = new ArrayList<>();
    for (OutboxMessage<P> message : batch) {
      DeliveryOutcome outcome =
          outcomes.getOrDefault(message.id(), DeliveryOutcome.retryLater("not handled"));
      if (outcome instanceof DeliveryOutcome.Delivered) {
        delivered.add(message.id());
      } else if (outcome instanceof DeliveryOutcome.RetryLater retry) {
        if (message.attempts() + 1 >= settings.maxAttempts()) {
          deadLetter(message, retry.error());
        } else {
          outbox.retryLater(
              message.id(),
              clock.now().plus(settings.failureBackoff().delayAfter(message.attempts())),
              retry.error());
        }
      } else if (outcome instanceof DeliveryOutcome.GiveUp giveUp) {
        deadLetter(message, giveUp.error());
      }
    }
    if (!delivered.isEmpty()) {
      outbox.delivered(delivered);
    }
  }

  private void deadLetter(OutboxMessage<P> message, String error) {
    LOG.warn(
        "outbox channel {}: message {} dead-lettered after {} attempts: {}",
        handler.channel(),
        message.id(),
        message.attempts() + 1,
        LogText.abbreviated(error));
    outbox.giveUp(message.id(), error);
  }
}
