package io.robotconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.out.persistence.DatabaseSettings;
import io.robotconnect.adapter.out.persistence.TestDatabases;
import io.robotconnect.application.port.in.RetainedData;
import io.robotconnect.bootstrap.Environment;
import io.robotconnect.bootstrap.RetentionPurger;
import io.robotconnect.bootstrap.RobotConnect;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention purge deleting 1,000,000 rolled-off trigger events while IFTTT polls run, against
 * the assembled application on PostgreSQL: 10,000 timelines hold 50 recent events each (what polls
 * return) and 100 events older than the retention window each (what the purge deletes). Polls of
 * random identities are paced at a fixed rate over keep-alive connections; their latencies are
 * compared without the purge and during it, and the purge's rate is reported. Not part of {@code
 * mvn verify}; run it with {@code scripts/benchmark.sh retention-purge}.
 *
 * <p>Options: {@code -Dbenchmark.pollRate=1000} (polls per second, all connections together),
 * {@code -Dbenchmark.connections=16}, {@code -Dbenchmark.seconds=30} (without the purge), {@code
 * -Dbenchmark.warmup=30}, {@code -Dbenchmark.purgePause=PT0.1S} (the pause between batches; the
 * shipped default when unset), {@code -Dbenchmark.pool=8}, {@code -Dbenchmark.sharedBuffers=1GB}.
 * It fails when the polls' p99 during the purge is not under 25 ms, a poll fails, or the purge does
 * not delete exactly the 1,000,000 old events.
 */
class RetentionPurgeBenchmark {
  private static final Logger log = LoggerFactory.getLogger(RetentionPurgeBenchmark.class);
  private static final int SUBJECTS = TriggerPollBenchmark.SUBJECTS;
  private static final int OLD_EVENTS = 1_000_000;
  private static final int RECENT_PER_SUBJECT = 50;
  private static final int RATE = Integer.getInteger("benchmark.pollRate", 1000);
  private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);
  private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
  private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 30);
  private static final int POOL = Integer.getInteger("benchmark.pool", 8);
  private static final String SHARED_BUFFERS = System.getProperty("benchmark.sharedBuffers", "1GB");
  private static final int WINDOW_SECONDS = 5;
  private static final Duration LONGEST_PURGE = Duration.ofMinutes(30);

  /** The latencies (nanoseconds, sorted) and failures of paced polls over some seconds. */
  record Polls(String name, long[] sortedLatencies, long failures, double seconds) {
    static Polls sum(String name, List<Polls> windows) {
      return new Polls(
          name,
          windows.stream()
              .flatMapToLong(w -> Arrays.stream(w.sortedLatencies()))
              .sorted()
              .toArray(),
          windows.stream().mapToLong(Polls::failures).sum(),
          windows.stream().mapToDouble(Polls::seconds).sum());
    }

    double millis(int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, index)] / 1e6;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "| %s | %.0f | %,.0f | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d |",
          name,
          seconds,
          sortedLatencies.length / seconds,
          millis(50),
          millis(95),
          millis(99),
          sortedLatencies[sortedLatencies.length - 1] / 1e6,
          failures);
    }
  }

  @Test
  void purgingAMillionRolledOffEvents_keepsPollsP99Under25ms() throws Exception {
    DatabaseSettings database = TestDatabases.postgres(Map.of("shared_buffers", SHARED_BUFFERS));
    Path dataDir = Files.createTempDirectory("robotconnect-retention-benchmark");
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_DB_URL", database.url());
    if (database.user() != null) {
      env.put("ROBOTCONNECT_DB_USER", database.user());
      env.put("ROBOTCONNECT_DB_PASSWORD", database.password() == null ? "" : database.password());
    }
    env.put("ROBOTCONNECT_DB_POOL_SIZE", String.valueOf(POOL));
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "benchmark-service-key");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(TriggerPollBenchmark.freePort()));
    // one run at start (on the empty database), then only the one this benchmark wakes
    env.put("ROBOTCONNECT_RETAIN_PURGE_INTERVAL", "P7D");
    String pause = System.getProperty("benchmark.purgePause");
    if (pause != null) {
      env.put("ROBOTCONNECT_RETAIN_PURGE_PAUSE", pause);
    }

    try (RobotConnect app = RobotConnect.start(new Environment(env))) {
      RetentionPurger purger = app.components().retention().purger();
      waitFor(() -> purger.runsFinished() >= 1, Duration.ofMinutes(1));
      List<String> tokens = TriggerPollBenchmark.seedOwners(app);
      TriggerPollBenchmark.seedIdentities(app);
      seedEvents(database);
      URI base = app.baseUri();

      for (int s = 0; s < WARM_UP_SECONDS; s += WINDOW_SECONDS) {
        polls(base, tokens, "warm-up");
      }
      List<Polls> quiet = new ArrayList<>();
      for (int s = 0; s < SECONDS; s += WINDOW_SECONDS) {
        quiet.add(polls(base, tokens, "polls, no purge"));
      }

      String loadBefore = loadAverage();
      long runsBefore = purger.runsFinished();
      long purgeStarted = System.nanoTime();
      purger.wake();
      List<Polls> during = new ArrayList<>();
      while (purger.runsFinished() == runsBefore) {
        if (System.nanoTime() - purgeStarted > LONGEST_PURGE.toNanos()) {
          throw new AssertionError("the purge did not finish within " + LONGEST_PURGE);
        }
        during.add(polls(base, tokens, "polls during the purge"));
      }
      RetentionPurger.FinishedRun run = purger.lastRun().orElseThrow();
      List<Polls> after = new ArrayList<>();
      for (int s = 0; s < SECONDS; s += WINDOW_SECONDS) {
        after.add(polls(base, tokens, "polls after the purge"));
      }

      Polls without = Polls.sum("polls, no purge", quiet);
      Polls with = Polls.sum("polls during the purge", during);
      Polls afterwards = Polls.sum("polls after the purge", after);
      long deleted = run.run().deleted(RetainedData.TRIGGER_EVENTS);
      double purgeSeconds = run.took().toMillis() / 1e3;
      String table =
          String.join(
              "\n",
              "| polls | seconds | polls/s | p50 | p95 | p99 | max | failures |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |",
              without.line(),
              with.line(),
              afterwards.line());
      String purge =
          String.format(
              Locale.ROOT,
              "purge: %,d trigger events in %,d batches, %.1f s, %,.0f events/s (load average"
                  + " before: %s)",
              deleted,
              run.batches(),
              purgeSeconds,
              deleted / purgeSeconds,
              loadBefore);
      log.info(
          "retention purge benchmark ({} rolled-off events, {} timelines of {} recent events,"
              + " {} polls/s over {} connections, pool {}):\n{}\n{}",
          OLD_EVENTS,
          SUBJECTS,
          RECENT_PER_SUBJECT,
          RATE,
          CONNECTIONS,
          POOL,
          table,
          purge);
      Files.writeString(
          Path.of("target", "retention-purge-benchmark.md"), table + "\n\n" + purge + "\n");

      assertThat(deleted).isEqualTo(OLD_EVENTS);
      assertThat(with.failures() + without.failures() + afterwards.failures()).isZero();
      assertThat(with.millis(99)).as("p99 of polls during the purge, ms").isLessThan(25.0);
      assertThat(itemsOfOnePoll(base, tokens)).isEqualTo(RECENT_PER_SUBJECT);
    }
  }

  /**
   * Per timeline, 100 events in 2025 (long past the 30-day window, each with 50 newer ones) and 50
   * in the last hours; server-side, then {@code vacuum analyze} as autovacuum would.
   */
  private static void seedEvents(DatabaseSettings database) throws Exception {
    long started = System.nanoTime();
    try (Connection connection =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set local synchronous_commit = on");
        statement.execute(
            "create temporary table bench_subjects (idx int primary key, owner_id varchar(200),"
                + " fields_key varchar(64), phrase varchar(100)) on commit drop");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("insert into bench_subjects values (?, ?, ?, ?)")) {
        for (int i = 0; i < SUBJECTS; i++) {
          TriggerSubject subject = TriggerPollBenchmark.subject(i);
          insert.setInt(1, i);
          insert.setString(2, subject.owner().value());
          insert.setString(3, subject.fieldsKey());
          insert.setString(4, "phrase " + i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      String select =
          " s.owner_id, 'voice_command', s.fields_key,"
              + " '{\"voice_command\":\"' || s.phrase || '\"}',"
              + " '{\"voice_command\":\"' || s.phrase || '\"}', ";
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                + " subject_fields, ingredients, occurred_at) select 'old-' || g,"
                + select
                + " timestamptz '2025-01-01 00:00:00+00' + g * interval '1 second'"
                + " from generate_series(1, "
                + OLD_EVENTS
                + ") g join bench_subjects s on s.idx = g % "
                + SUBJECTS);
        statement.executeUpdate(
            "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                + " subject_fields, ingredients, occurred_at) select 'recent-' || g,"
                + select
                + " now() - interval '12 hours' + g * interval '50 milliseconds'"
                + " from generate_series(1, "
                + SUBJECTS * RECENT_PER_SUBJECT
                + ") g join bench_subjects s on s.idx = g % "
                + SUBJECTS);
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("vacuum analyze trigger_events");
        statement.execute("analyze trigger_identities");
      }
    }
    log.info(
        "loaded {} old and {} recent events over {} timelines in {} s",
        OLD_EVENTS,
        SUBJECTS * RECENT_PER_SUBJECT,
        SUBJECTS,
        TriggerPollBenchmark.seconds(started));
  }

  /**
   * One window of polls of random identities at {@link #RATE} per second in all: each connection
   * sends its next poll at its next slot (at once when it is behind), and a poll's latency is from
   * its sending to the end of its answer.
   */
  private static Polls polls(URI base, List<String> tokens, String name) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      long intervalNanos = TimeUnit.SECONDS.toNanos(1) * CONNECTIONS / RATE;
      long started = System.nanoTime();
      long stopAt = started + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
      List<Future<long[]>> running = new ArrayList<>();
      long[] failures = new long[CONNECTIONS];
      for (int w = 0; w < CONNECTIONS; w++) {
        int worker = w;
        running.add(
            workers.submit(
                () -> {
                  try (BenchmarkConnection connection = BenchmarkConnection.open(base)) {
                    long[] latencies = new long[256];
                    int count = 0;
                    long next = started + intervalNanos * worker / CONNECTIONS;
                    while (next < stopAt) {
                      long wait = next - System.nanoTime();
                      if (wait > 0) {
                        LockSupport.parkNanos(wait);
                      }
                      int subject = ThreadLocalRandom.current().nextInt(SUBJECTS);
                      long sent = System.nanoTime();
                      BenchmarkConnection.Answer answer = poll(connection, tokens, subject, count);
                      if (answer.status() != 200) {
                        failures[worker]++;
                      }
                      if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                      }
                      latencies[count++] = System.nanoTime() - sent;
                      next += intervalNanos;
                    }
                    return Arrays.copyOf(latencies, count);
                  }
                }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> worker : running) {
        all.add(worker.get(WINDOW_SECONDS + 60L, TimeUnit.SECONDS));
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      Polls window =
          new Polls(
              name,
              all.stream().flatMapToLong(Arrays::stream).sorted().toArray(),
              Arrays.stream(failures).sum(),
              elapsed);
      log.info(window.line());
      return window;
    } finally {
      workers.shutdownNow();
    }
  }

  private static BenchmarkConnection.Answer poll(
      BenchmarkConnection connection, List<String> tokens, int subject, int sequence)
      throws java.io.IOException {
    return connection.send(
        "POST",
        "/third-party/ifttt/v1/triggers/voice_command",
        "Authorization: Bearer "
            + tokens.get(subject % TriggerPollBenchmark.OWNERS)
            + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
            + "X-Request-ID: retention-bench-"
            + sequence
            + "\r\n",
        TriggerPollBenchmark.pollBody(subject).getBytes(StandardCharsets.UTF_8));
  }

  private static int itemsOfOnePoll(URI base, List<String> tokens) throws Exception {
    try (BenchmarkConnection connection = BenchmarkConnection.open(base)) {
      BenchmarkConnection.Answer answer = poll(connection, tokens, 7, 0);
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      assertThat(answer.status()).as(body).isEqualTo(200);
      return body.split("\"meta\"", -1).length - 1;
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "n/a";
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      Thread.sleep(50);
    }
  }
}
