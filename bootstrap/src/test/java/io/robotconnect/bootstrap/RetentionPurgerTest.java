package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.PurgeExpiredDataUseCase;
import io.robotconnect.application.port.in.PurgeRun;
import io.robotconnect.application.port.in.RetainedData;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RetentionPurgerTest {
  private static final Duration RARELY = Duration.ofHours(1);

  /** A purge with {@code batches} batches of one deleted session each per run. */
  private static final class CountingPurge implements PurgeExpiredDataUseCase {
    final int batchesPerRun;
    final AtomicInteger runs = new AtomicInteger();
    final List<Long> batchStartedAt = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;

    CountingPurge(int batchesPerRun) {
      this.batchesPerRun = batchesPerRun;
    }

    @Override
    public PurgeRun begin() {
      runs.incrementAndGet();
      return PurgeRun.startingAt(Instant.now());
    }

    @Override
    public PurgeRun purgeBatch(PurgeRun run) {
      batchStartedAt.add(System.nanoTime());
      if (failure != null) {
        throw failure;
      }
      long deleted = run.deleted(RetainedData.OWNER_SESSIONS) + 1;
      Set<RetainedData> finished =
          deleted == batchesPerRun ? EnumSet.allOf(RetainedData.class) : Set.of();
      return new PurgeRun(
          run.asOf(), Optional.empty(), finished, Map.of(RetainedData.OWNER_SESSIONS, deleted));
    }
  }

  @Test
  void atStart_aRunPurgesBatchAfterBatch_untilNothingIsLeft_pausingBetweenThem() {
    CountingPurge purge = new CountingPurge(3);
    Duration pause = Duration.ofMillis(50);
    try (RetentionPurger purger =
        new RetentionPurger(purge, new RetentionPurger.Schedule(RARELY, pause))) {
      purger.start();

      waitUntil(() -> purger.runsFinished() == 1);

      RetentionPurger.FinishedRun run = purger.lastRun().orElseThrow();
      assertThat(run.batches()).isEqualTo(3);
      assertThat(run.run().deleted(RetainedData.OWNER_SESSIONS)).isEqualTo(3);
      assertThat(run.run().isFinished()).isTrue();
      List<Long> starts = purge.batchStartedAt;
      for (int i = 1; i < starts.size(); i++) {
        assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1)))
            .isGreaterThanOrEqualTo(pause);
      }
    }
  }

  @Test
  void afterARun_itWaitsForTheInterval_unlessWoken() throws Exception {
    CountingPurge purge = new CountingPurge(1);
    try (RetentionPurger purger =
        new RetentionPurger(purge, new RetentionPurger.Schedule(RARELY, Duration.ZERO))) {
      purger.start();
      waitUntil(() -> purger.runsFinished() == 1);
      Thread.sleep(200);
      assertThat(purge.runs.get()).isEqualTo(1);

      purger.wake();

      waitUntil(() -> purger.runsFinished() == 2);
    }
  }

  @Test
  void aFailedRun_isLogged_andTheNextRunTriesAgain() {
    CountingPurge purge = new CountingPurge(1);
    purge.failure = new IllegalStateException("database down");
    try (RetentionPurger purger =
        new RetentionPurger(purge, new RetentionPurger.Schedule(RARELY, Duration.ZERO))) {
      purger.start();
      waitUntil(() -> purge.runs.get() == 1 && purge.batchStartedAt.size() == 1);
      assertThat(purger.runsFinished()).isZero();

      purge.failure = null;
      purger.wake();

      waitUntil(() -> purger.runsFinished() == 1);
    }
  }

  @Test
  void close_stopsInTheMiddleOfARun_withoutFinishingIt() {
    CountingPurge purge = new CountingPurge(1_000_000);
    RetentionPurger purger =
        new RetentionPurger(purge, new RetentionPurger.Schedule(RARELY, Duration.ofMillis(20)));
    purger.start();
    waitUntil(() -> purge.batchStartedAt.size() >= 2);

    long started = System.nanoTime();
    purger.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    int batches = purge.batchStartedAt.size();
    assertThat(purger.runsFinished()).isZero();
    waitFor(Duration.ofMillis(100));
    assertThat(purge.batchStartedAt).hasSize(batches);
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      waitFor(Duration.ofMillis(5));
    }
  }

  private static void waitFor(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
