package io.robotconnect.adapter.out.script;

import io.robotconnect.application.port.out.script.ScriptOutcome;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The thread that stops runs: at the end of their wall time, and when the thread running them has
 * allocated more than allowed (sampled every {@value #SAMPLE_MILLIS} ms).
 */
final class Watchdog implements AutoCloseable {
  static final long SAMPLE_MILLIS = 5;

  private final ScheduledThreadPoolExecutor timer;
  private final AllocationMeter meter = new AllocationMeter();

  Watchdog() {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "script-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
  }

  /** What watches one run; closing it ends the watch. */
  interface Watch extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Watches the run on {@code thread} from now on.
   *
   * @param stop what stops the run; called on the watchdog's thread, at most once per limit
   */
  Watch watch(Thread thread, ScriptLimits limits, Consumer<ScriptOutcome> stop) {
    long baseline = meter.allocatedBytes(thread);
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> stop.accept(new ScriptOutcome.TimedOut()),
            limits.wallTime().toNanos(),
            TimeUnit.NANOSECONDS);
    ScheduledFuture<?> sampler =
        timer.scheduleWithFixedDelay(
            () -> {
              if (meter.allocatedBytes(thread) - baseline > limits.allocationBytes()) {
                stop.accept(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.ALLOCATION));
              }
            },
            SAMPLE_MILLIS,
            SAMPLE_MILLIS,
            TimeUnit.MILLISECONDS);
    return () -> {
      deadline.cancel(false);
      sampler.cancel(false);
    };
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
