package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.PurgeExpiredDataUseCase;
import io.robotconnect.application.port.in.PurgeRun;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge in the background through its {@link PurgeExpiredDataUseCase}: on a
 * thread of its own, a run right after start and then one per interval (or when {@link #wake()} is
 * called); a run is one batch after another with a pause between them, until nothing is left.
 * {@link #close()} stops after the batch in hand.
 */
public final class RetentionPurger implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionPurger.class);

  /**
   * When the purge runs.
   *
   * @param interval from the end of one run to the start of the next
   * @param pause between two batches of a run, so that the purge leaves the database to others
   */
  public record Schedule(Duration interval, Duration pause) {
    public Schedule {
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(pause, "pause");
      if (interval.isNegative() || interval.isZero() || pause.isNegative()) {
        throw new IllegalArgumentException("the interval must be positive, the pause not negative");
      }
    }
  }

  /**
   * A finished run and how long it took.
   *
   * @param batches how many batches it ran
   */
  public record FinishedRun(PurgeRun run, int batches, Duration took) {}

  private final PurgeExpiredDataUseCase purge;
  private final Schedule schedule;
  private final Object lock = new Object();
  private final AtomicLong runsFinished = new AtomicLong();
  private volatile FinishedRun lastRun;
  private boolean woken;
  private volatile boolean running;
  private Thread thread;

  RetentionPurger(PurgeExpiredDataUseCase purge, Schedule schedule) {
    this.purge = purge;
    this.schedule = schedule;
  }

  /** Starts purging on a thread of its own. */
  synchronized void start() {
    if (thread != null) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "retention-purge");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts a run now instead of at the end of the interval (after the run in hand, if any). */
  public void wake() {
    synchronized (lock) {
      woken = true;
      lock.notifyAll();
    }
  }

  /** How many runs finished since start. */
  public long runsFinished() {
    return runsFinished.get();
  }

  /** The last finished run, if any. */
  public Optional<FinishedRun> lastRun() {
    return Optional.ofNullable(lastRun);
  }

  private void loop() {
    while (running) {
      try {
        runOnce();
      } catch (RuntimeException e) {
        LOG.warn("retention: a purge run failed; the next starts in {}", schedule.interval(), e);
      }
      await(schedule.interval(), true);
    }
  }

  private void runOnce() {
    long started = System.nanoTime();
    PurgeRun run = purge.begin();
    int batches = 0;
    while (running && !run.isFinished()) {
      run = purge.purgeBatch(run);
      batches++;
      if (!run.isFinished() && !schedule.pause().isZero()) {
        await(schedule.pause(), false);
      }
    }
    if (!run.isFinished()) {
      return; // stopped
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    lastRun = new FinishedRun(run, batches, took);
    runsFinished.incrementAndGet();
    if (run.totalDeleted() > 0) {
      LOG.info(
          "retention: purged {} rows in {} batches, {} ms: {}",
          run.totalDeleted(),
          batches,
          took.toMillis(),
          run.deletedByKind());
    } else {
      LOG.debug("retention: nothing to purge ({} ms)", took.toMillis());
    }
  }

  /** Waits for the time, or until closed, or (if {@code wakeable}) until woken. */
  private void await(Duration timeout, boolean wakeable) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (running && !(wakeable && woken)) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      if (wakeable) {
        woken = false;
      }
    }
  }

  /** Stops after the batch in hand; waits up to ten seconds for it. */
  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    running = false;
    synchronized (lock) {
      lock.notifyAll();
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
      if (thread.isAlive()) {
        LOG.warn("retention: the purger did not stop in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }
}
