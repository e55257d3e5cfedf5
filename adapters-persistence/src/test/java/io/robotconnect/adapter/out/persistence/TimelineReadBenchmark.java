package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timeline reads on PostgreSQL: 1,000,000 events over 10,000 subjects (each with a trigger
 * identity), 32 concurrent readers, newest 50 events each. Not part of the default test run (its
 * name does not end in Test); run it with {@code mvn -pl adapters-persistence -am test
 * -Dtest=TimelineReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, optionally with {@code
 * -Dbenchmark.readers=32 -Dbenchmark.pool=8}. Each workload fails when its p99 is above 25 ms.
 */
class TimelineReadBenchmark {
  private static final Logger log = LoggerFactory.getLogger(TimelineReadBenchmark.class);
  private static final int SUBJECTS = 10_000;
  private static final int EVENTS = 1_000_000;
  private static final int READERS = Integer.getInteger("benchmark.readers", 32);
  private static final int POOL_SIZE = Integer.getInteger("benchmark.pool", READERS);
  private static final int WARM_UP_READS_PER_READER = 100;
  private static final int READS_PER_READER = 500;
  private static final long P99_TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
  private static final Map<String, String> FIELDS = Map.of("phrase", "hello robot");
  private static final TimelineLimit LIMIT = new TimelineLimit(TimelineLimit.DEFAULT);

  private static PersistenceAdapter database;

  @BeforeAll
  static void millionEventsOverTenThousandSubjects() {
    DatabaseSettings empty = TestDatabases.postgres();
    database =
        PersistenceAdapter.start(
            new DatabaseSettings(empty.url(), empty.user(), empty.password(), POOL_SIZE),
            TestJson.shared());
    long started = System.nanoTime();
    String fieldsKey = subject(0).fieldsKey();
    database
        .repository(context -> context)
        .run(
            session -> {
              session
                  .createNativeMutationQuery(
                      "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                          + " subject_fields, ingredients, occurred_at)"
                          + " select 'e-' || g, 'owner-' || (g % "
                          + SUBJECTS
                          + "), 'voice_command', :fieldsKey, '{\"phrase\":\"hello robot\"}',"
                          + " '{\"phrase\":\"hello robot\",\"robot_name\":\"Robbie\","
                          + "\"said_at\":\"2026-01-01T00:00:00Z\"}',"
                          + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
                          + " from generate_series(1, "
                          + EVENTS
                          + ") g")
                  .setParameter("fieldsKey", fieldsKey)
                  .executeUpdate();
              session
                  .createNativeMutationQuery(
                      "insert into trigger_identities (id, owner_id, trigger_slug, fields_key,"
                          + " fields, registered_at) select 'ti-' || g, 'owner-' || g,"
                          + " 'voice_command', :fieldsKey, '{\"phrase\":\"hello robot\"}',"
                          + " timestamptz '2026-01-01 00:00:00+00' from generate_series(0, "
                          + (SUBJECTS - 1)
                          + ") g")
                  .setParameter("fieldsKey", fieldsKey)
                  .executeUpdate();
            });
    database
        .repository(context -> context)
        .run(session -> session.createNativeMutationQuery("analyze").executeUpdate());
    log.info(
        "loaded {} events over {} subjects in {} s",
        EVENTS,
        SUBJECTS,
        String.format("%.1f", (System.nanoTime() - started) / 1e9));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void timelineReads_haveAP99Under25Milliseconds() throws Exception {
    TriggerEventRepository events = database.triggerEvents();

    long p99 = measure("timeline reads", subject -> events.newest(subject(subject), LIMIT).size());

    assertThat(p99).isLessThan(P99_TARGET_NANOS);
  }

  @Test
  void pollTransactions_ofIdentityLookupAndTimelineRead_haveAP99Under25Milliseconds()
      throws Exception {
    TriggerEventRepository events = database.triggerEvents();
    TriggerIdentityRepository identities = database.triggerIdentities();
    UnitOfWork unitOfWork = database.unitOfWork();

    long p99 =
        measure(
            "poll transactions",
            subject ->
                unitOfWork.inTransaction(
                    () -> {
                      identities.findById("ti-" + subject).orElseThrow();
                      return events.newest(subject(subject), LIMIT).size();
                    }));

    assertThat(p99).isLessThan(P99_TARGET_NANOS);
  }

  private static long measure(String workload, IntUnaryOperator readSubject) throws Exception {
    IntSupplier read =
        () -> {
          int found = readSubject.applyAsInt(ThreadLocalRandom.current().nextInt(SUBJECTS));
          if (found != TimelineLimit.DEFAULT) {
            throw new AssertionError("a subject has " + found + " events in its timeline");
          }
          return found;
        };
    run(read, WARM_UP_READS_PER_READER);
    long started = System.nanoTime();
    long[] latencies = run(read, READS_PER_READER);
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(latencies);
    long p99 = percentile(latencies, 99);
    log.info(
        "{}: {} by {} readers on {} connections in {} s ({}/s); p50 {} ms, p95 {} ms, p99 {} ms,"
            + " max {} ms",
        workload,
        latencies.length,
        READERS,
        POOL_SIZE,
        String.format("%.2f", seconds),
        Math.round(latencies.length / seconds),
        millis(percentile(latencies, 50)),
        millis(percentile(latencies, 95)),
        millis(p99),
        millis(latencies[latencies.length - 1]));
    return p99;
  }

  private static long[] run(IntSupplier read, int readsPerReader) throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<long[]>> running = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        running.add(
            readers.submit(
                () -> {
                  long[] latencies = new long[readsPerReader];
                  for (int i = 0; i < readsPerReader; i++) {
                    long started = System.nanoTime();
                    read.getAsInt();
                    latencies[i] = System.nanoTime() - started;
                  }
                  return latencies;
                }));
      }
      long[] all = new long[READERS * readsPerReader];
      int at = 0;
      for (Future<long[]> reader : running) {
        long[] latencies = reader.get(10, TimeUnit.MINUTES);
        System.arraycopy(latencies, 0, all, at, latencies.length);
        at += latencies.length;
      }
      return all;
    } finally {
      readers.shutdownNow();
    }
  }

  private static TriggerSubject subject(int index) {
    return new TriggerSubject(new OwnerId("owner-" + index), "voice_command", FIELDS);
  }

  private static long percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  private static String millis(long nanos) {
    return String.format("%.2f", nanos / 1e6);
  }
}
