package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.ClaimedOutboxBatch;
import io.robotconnect.application.port.in.DrainOutboxUseCase;
import io.robotconnect.application.service.RetryBackoff;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains one outbox channel in the background through its {@link DrainOutboxUseCase}: on a thread
 * of its own, it drains until nothing is due, then waits for the poll interval unless {@link
 * #wake()} is called. With {@code inFlight} above one, up to that many claimed batches are
 * delivered at once on threads of their own while the next batch is claimed, so a slow delivery
 * does not hold up the messages enqueued behind it. {@link #close()} lets the batches in hand
 * finish.
 */
final class OutboxDrainer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);

  /**
   * When and how a channel is drained.
   *
   * @param pollInterval how long to wait for work when nothing was due
   * @param inFlight how many claimed batches are delivered at once
   */
  record Settings(Duration pollInterval, int inFlight) {
    Settings {
      Objects.requireNonNull(pollInterval, "pollInterval");
      if (inFlight < 1) {
        throw new IllegalArgumentException("batches in flight must be positive");
      }
    }

    /** One batch at a time, a poll every second. */
    static Settings standard() {
      return new Settings(Duration.ofSeconds(1), 1);
    }

    Settings withPollInterval(Duration interval) {
      return new Settings(interval, inFlight);
    }

    /** Delivers up to {@code batches} claimed batches at once. */
    Settings withInFlight(int batches) {
      return new Settings(pollInterval, batches);
    }
  }

  private final DrainOutboxUseCase drain;
  private final Settings settings;
  private final RetryBackoff failurePause;
  private final Object wakeLock = new Object();
  private boolean woken;
  private volatile boolean running;
  private ExecutorService executor;
  private ExecutorService deliverers;
  private Semaphore deliverySlots;

  /**
   * Drains through {@code drain} on the given schedule.
   *
   * @param failurePause how long to pause when the outbox itself fails, after so many failures
   */
  OutboxDrainer(DrainOutboxUseCase drain, Settings settings, RetryBackoff failurePause) {
    this.drain = drain;
    this.settings = settings;
    this.failurePause = Objects.requireNonNull(failurePause, "failurePause");
  }

  /** Starts draining on a thread of its own. */
  synchronized void start() {
    if (executor != null) {
      return;
    }
    running = true;
    executor = Executors.newSingleThreadExecutor(daemon("outbox-" + drain.channel()));
    if (settings.inFlight() > 1) {
      deliverySlots = new Semaphore(settings.inFlight());
      deliverers =
          Executors.newFixedThreadPool(
              settings.inFlight(), daemon("outbox-" + drain.channel() + "-delivery"));
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
  void wake() {
    synchronized (wakeLock) {
      woken = true;
      wakeLock.notifyAll();
    }
  }

  /**
   * Claims the next batch once a delivery thread is free and hands it to that thread; returns how
   * many messages it claimed.
   */
  private int claimAndDispatch() throws InterruptedException {
    deliverySlots.acquire();
    if (!running) {
      deliverySlots.release();
      return 0;
    }
    ClaimedOutboxBatch batch;
    try {
      batch = drain.claimForDelivery();
    } catch (RuntimeException e) {
      deliverySlots.release();
      throw e;
    }
    if (batch.size() == 0) {
      deliverySlots.release();
      return 0;
    }
    deliverers.execute(
        () -> {
          try {
            batch.deliver();
          } finally {
            deliverySlots.release();
            wake();
          }
        });
    return batch.size();
  }

  private void loop() {
    int consecutiveFailures = 0;
    while (running) {
      Duration pause;
      try {
        int claimed = deliverers == null ? drain.drainOnce() : claimAndDispatch();
        consecutiveFailures = 0;
        pause = claimed > 0 ? Duration.ZERO : settings.pollInterval();
      } catch (RuntimeException e) {
        pause = failurePause.delayAfter(consecutiveFailures++);
        LOG.warn(
            "outbox channel {}: the outbox failed, pausing {} ms",
            drain.channel(),
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
      drain.recordFinished();
    }
    executor = null;
    deliverers = null;
  }

  private void stop(ExecutorService threads) {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("outbox channel {}: drainer did not stop in time", drain.channel());
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      threads.shutdownNow();
    }
  }
}
