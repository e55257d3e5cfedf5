package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxMessage;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one outbox channel: claims due messages in batches, hands them to an {@link
 * OutboxHandler}, and records each outcome (delivered, retried after an exponential backoff with
 * jitter, or dead-lettered once it failed for good or {@link Settings#maxAttempts} times). Between
 * batches it sleeps for the poll interval unless {@link #wake()} is called. Runs on its own thread;
 * with {@code inFlight} above one, up to that many claimed batches are delivered at once on threads
 * of their own while the next batch is claimed, so a slow delivery does not hold up the messages
 * enqueued behind it. {@link #close()} lets the batches in hand finish.
 *
 * <p>A poisoned message fails alone: when the handler throws, or a handler that sends messages
 * together ({@link OutboxHandler#sharesFailures()}) reports several failures, the failed messages
 * are delivered again at once in halves, and the failing halves split again, down to single
 * messages. Only a batch of first attempts whose two halves both fail entirely is left for its
 * retry (the destination is probably down, and splitting further would only multiply calls to it);
 * on that retry the split goes all the way, so the good messages wait one attempt at most.
 */
public final class OutboxWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  /**
   * How a worker drains its channel.
   *
   * @param lease how long a claimed batch stays hidden from other instances; longer than a batch
   *     takes to deliver
   * @param failureBackoff how a message's retries are spaced, and how long the worker pauses when
   *     the outbox itself fails
   * @param maxAttempts after this many failed attempts a message is dead-lettered
   */
  public record Settings(
      String channel,
      int batchSize,
      int inFlight,
      Duration pollInterval,
      Duration lease,
      RetryBackoff failureBackoff,
      int maxAttempts) {
    /** The attempts a message gets unless the channel says otherwise: about an hour of retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 20;

    public Settings {
      Objects.requireNonNull(channel, "channel");
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be positive");
      }
      if (inFlight < 1) {
        throw new IllegalArgumentException("batches in flight must be positive");
      }
      Objects.requireNonNull(pollInterval, "pollInterval");
      Objects.requireNonNull(lease, "lease");
      Objects.requireNonNull(failureBackoff, "failureBackoff");
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("max attempts must be positive");
      }
    }

    public static Settings of(String channel, int batchSize) {
      return new Settings(
          channel,
          batchSize,
          1,
          Duration.ofSeconds(1),
          Duration.ofMinutes(2),
          RetryBackoff.standard(),
          DEFAULT_MAX_ATTEMPTS);
    }

    public Settings withPollInterval(Duration interval) {
      return new Settings(
          channel, batchSize, inFlight, interval, lease, failureBackoff, maxAttempts);
    }

    public Settings withBackoff(RetryBackoff backoff) {
      return new Settings(channel, batchSize, inFlight, pollInterval, lease, backoff, maxAttempts);
    }

    /** Delivers up to {@code batches} claimed batches at once. */
    public Settings withInFlight(int batches) {
      return new Settings(
          channel, batchSize, batches, pollInterval, lease, failureBackoff, maxAttempts);
    }

    /** Dead-letters a message after {@code attempts} failed attempts. */
    public Settings withMaxAttempts(int attempts) {
      return new Settings(
          channel, batchSize, inFlight, pollInterval, lease, failureBackoff, attempts);
    }
  }

  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final OutboxHandler handler;
  private final Settings settings;
  private final Object wakeLock = new Object();
  private boolean woken;
  private volatile boolean running;
  private ExecutorService executor;
  private ExecutorService deliverers;
  private Semaphore deliverySlots;
  private final Queue<Handled> unrecorded = new ConcurrentLinkedQueue<>();

  /** A delivered batch and its outcomes, recorded with the next claim. */
  private record Handled(List<OutboxMessage> batch, Map<Long, OutboxOutcome> outcomes) {}

  public OutboxWorker(
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxHandler handler,
      Settings settings) {
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.handler = handler;
    this.settings = settings;
  }

  /** Starts draining on a thread of its own. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    running = true;
    executor = Executors.newSingleThreadExecutor(daemon("outbox-" + settings.channel()));
    if (settings.inFlight() > 1) {
      deliverySlots = new Semaphore(settings.inFlight());
      deliverers =
          Executors.newFixedThreadPool(
              settings.inFlight(), daemon("outbox-" + settings.channel() + "-delivery"));
    }
    executor.execute(this::loop);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Looks for work now instead of at the end of the poll interval. */
  public void wake() {
    synchronized (wakeLock) {
      woken = true;
      wakeLock.notifyAll();
    }
  }

  /**
   * Claims and handles one batch; returns how many messages it claimed. Exposed for tests and for
   * callers that drain synchronously.
   */
  public int drainOnce() {
    List<OutboxMessage> batch = claim();
    if (!batch.isEmpty()) {
      deliver(batch);
    }
    return batch.size();
  }

  private List<OutboxMessage> claim() {
    return unitOfWork.inTransaction(this::claimBatch);
  }

  /** Claims the next batch in the caller's transaction. */
  private List<OutboxMessage> claimBatch() {
    return outbox.claim(settings.channel(), settings.batchSize(), clock.now(), settings.lease());
  }

  /**
   * Records the outcomes of the batches delivered since the last claim and claims the next batch,
   * in one transaction, then hands the batch to a delivery thread once one is free; returns how
   * many messages it claimed.
   */
  private int claimAndDispatch() throws InterruptedException {
    deliverySlots.acquire();
    if (!running) {
      deliverySlots.release();
      return 0;
    }
    List<Handled> handled = takeUnrecorded();
    List<OutboxMessage> batch;
    try {
      batch =
          unitOfWork.inTransaction(
              () -> {
                handled.forEach(h -> recordOutcomes(h.batch(), h.outcomes()));
                return claimBatch();
              });
    } catch (RuntimeException e) {
      unrecorded.addAll(handled); // recorded with a later claim, or claimed again after the lease
      deliverySlots.release();
      throw e;
    }
    if (batch.isEmpty()) {
      deliverySlots.release();
      return 0;
    }
    deliverers.execute(
        () -> {
          try {
            unrecorded.add(new Handled(batch, outcomesOf(batch)));
          } finally {
            deliverySlots.release();
            wake();
          }
        });
    return batch.size();
  }

  private List<Handled> takeUnrecorded() {
    List<Handled> taken = new ArrayList<>();
    for (Handled h = unrecorded.poll(); h != null; h = unrecorded.poll()) {
      taken.add(h);
    }
    return taken;
  }

  private void deliver(List<OutboxMessage> batch) {
    record(batch, outcomesOf(batch));
  }

  private Map<Long, OutboxOutcome> outcomesOf(List<OutboxMessage> batch) {
    Map<Long, OutboxOutcome> outcomes = new HashMap<>();
    Attempt whole = attempt(batch, outcomes);
    List<OutboxMessage> failed = whole.failedOf(batch);
    if (whole.mayBeAnotherMessagesFault(failed)) {
      boolean firstAttempts = batch.stream().allMatch(m -> m.attempts() == 0);
      isolate(failed, outcomes, firstAttempts);
    }
    return outcomes;
  }

  /** Delivers failed messages again in halves, splitting failing halves down to one message. */
  private void isolate(
      List<OutboxMessage> failed, Map<Long, OutboxOutcome> outcomes, boolean mayBeAnOutage) {
    int middle = failed.size() / 2;
    List<OutboxMessage> first = failed.subList(0, middle);
    List<OutboxMessage> second = failed.subList(middle, failed.size());
    Attempt firstAttempt = attempt(first, outcomes);
    Attempt secondAttempt = attempt(second, outcomes);
    List<OutboxMessage> firstFailed = firstAttempt.failedOf(first);
    List<OutboxMessage> secondFailed = secondAttempt.failedOf(second);
    if (mayBeAnOutage
        && firstFailed.size() == first.size()
        && secondFailed.size() == second.size()) {
      LOG.warn(
          "outbox channel {}: {} messages failed in both halves of their batch; all retried later",
          settings.channel(),
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
  private Attempt attempt(List<OutboxMessage> messages, Map<Long, OutboxOutcome> outcomes) {
    try {
      Map<Long, OutboxOutcome> answered = handler.deliver(messages);
      for (OutboxMessage message : messages) {
        outcomes.put(
            message.id(),
            answered.getOrDefault(message.id(), OutboxOutcome.retryLater("not handled")));
      }
      return new Attempt(outcomes, handler.sharesFailures());
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox channel {}: delivering {} messages failed: {}",
          settings.channel(),
          messages.size(),
          LogText.abbreviated(e.toString()));
      LOG.debug("outbox channel {}: the failure", settings.channel(), e);
      OutboxOutcome retry = OutboxOutcome.retryLater(e.toString());
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
  private record Attempt(Map<Long, OutboxOutcome> outcomes, boolean failuresMayBeShared) {
    List<OutboxMessage> failedOf(List<OutboxMessage> messages) {
      return messages.stream()
          .filter(m -> !(outcomes.get(m.id()) instanceof OutboxOutcome.Delivered))
          .toList();
    }

    boolean mayBeAnotherMessagesFault(List<OutboxMessage> failed) {
      return failuresMayBeShared && failed.size() > 1;
    }
  }

  private void record(List<OutboxMessage> batch, Map<Long, OutboxOutcome> outcomes) {
    unitOfWork.run(() -> recordOutcomes(batch, outcomes));
  }

  /** Records a delivered batch's outcomes in the caller's transaction. */
  private void recordOutcomes(List<OutboxMessage> batch, Map<Long, OutboxOutcome> outcomes) {
    List<Long> delivered = new ArrayList<>();
    for (OutboxMessage message : batch) {
      OutboxOutcome outcome =
          outcomes.getOrDefault(message.id(), OutboxOutcome.retryLater("not handled"));
      if (outcome instanceof OutboxOutcome.Delivered) {
        delivered.add(message.id());
      } else if (outcome instanceof OutboxOutcome.RetryLater retry) {
        if (message.attempts() + 1 >= settings.maxAttempts()) {
          deadLetter(message, retry.error());
        } else {
          outbox.retryLater(
              message.id(),
              clock.now().plus(settings.failureBackoff().delayAfter(message.attempts())),
              retry.error());
        }
      } else if (outcome instanceof OutboxOutcome.GiveUp giveUp) {
        deadLetter(message, giveUp.error());
      }
    }
    if (!delivered.isEmpty()) {
      outbox.delivered(delivered);
    }
  }

  private void deadLetter(OutboxMessage message, String error) {
    LOG.warn(
        "outbox channel {}: message {} dead-lettered after {} attempts: {}",
        settings.channel(),
        message.id(),
        message.attempts() + 1,
        LogText.abbreviated(error));
    outbox.giveUp(message.id(), error);
  }

  private void loop() {
    int consecutiveFailures = 0;
    while (running) {
      Duration pause;
      try {
        int claimed = deliverers == null ? drainOnce() : claimAndDispatch();
        consecutiveFailures = 0;
        pause = claimed > 0 ? Duration.ZERO : settings.pollInterval();
      } catch (RuntimeException e) {
        pause = settings.failureBackoff().delayAfter(consecutiveFailures++);
        LOG.warn(
            "outbox channel {}: the outbox failed, pausing {} ms",
            settings.channel(),
            pause.toMillis(),
            e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (!pause.isZero()) {
        awaitWakeOr(pause);
      }
    }
  }

  private void awaitWakeOr(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (wakeLock) {
      while (!woken && running) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(wakeLock, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }

  /** Stops after the batches in hand; waits up to ten seconds for them. */
  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    running = false;
    wake();
    stop(executor);
    if (deliverers != null) {
      stop(deliverers);
      recordLeftovers();
    }
    executor = null;
    deliverers = null;
  }

  private void recordLeftovers() {
    List<Handled> left = takeUnrecorded();
    if (left.isEmpty()) {
      return;
    }
    try {
      unitOfWork.run(() -> left.forEach(h -> recordOutcomes(h.batch(), h.outcomes())));
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox channel {}: could not record {} delivered batches; they are sent again once"
              + " their lease runs out",
          settings.channel(),
          left.size(),
          e);
    }
  }

  private void stop(ExecutorService threads) {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("outbox channel {}: worker did not stop in time", settings.channel());
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      threads.shutdownNow();
    }
  }
}
