package io.robotconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.out.persistence.DatabaseSettings;
import io.robotconnect.adapter.out.persistence.TestDatabases;
import io.robotconnect.application.port.in.IssueAccessTokenUseCase;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.bootstrap.Environment;
import io.robotconnect.bootstrap.RobotConnect;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
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
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trigger polls of the assembled application against PostgreSQL holding 1,000,000 events over
 * 10,000 subjects, each with its trigger identity, beside {@code /health/live} measured the same
 * way in the same run: 32 client threads, each on its own keep-alive HTTP/1.1 connection (plain
 * blocking sockets, so the load generator costs little CPU), in alternating 5 s windows after a
 * warm-up that alternates the same way. Not part of {@code mvn verify} (the class name does not end
 * in Test); run it with
 *
 * <pre>
 * mvn -B -o -pl acceptance-tests -am install -DskipTests
 * mvn -B -o -pl acceptance-tests test -Dtest=TriggerPollBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * PostgreSQL is embedded unless {@code ROBOTCONNECT_TEST_POSTGRES_URL} names a server. Options:
 * {@code -Dbenchmark.connections=32 -Dbenchmark.seconds=20 -Dbenchmark.warmup=90 -Dbenchmark.pool=8
 * -Dbenchmark.client=plain|jdk -Dbenchmark.sharedBuffers=1GB} (seconds per endpoint; blocking
 * sockets, or the JDK's HTTP client; the embedded server's buffer cache). It fails when p99 of the
 * polls is not under 25 ms or their throughput is below a third of the baseline's.
 */
class TriggerPollBenchmark {
  private static final Logger log = LoggerFactory.getLogger(TriggerPollBenchmark.class);
  private static final int EVENTS = 1_000_000;
  static final int SUBJECTS = 10_000;
  static final int OWNERS = 100;
  private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 32);
  private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
  private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 90);

  /**
   * Both endpoints are measured in alternating windows of this length, so that a drift in what the
   * machine gives (other tenants of the host, the JIT compiler) reaches both measurements alike.
   */
  private static final int WINDOW_SECONDS = 5;

  private static final int POOL = Integer.getInteger("benchmark.pool", 8);
  private static final String SERVICE_KEY = "benchmark-service-key";

  /**
   * The embedded server's buffer cache: big enough for the timeline index the polls walk (about 400
   * MB for 1,000,000 events), as docs/performance.md advises for production, where PostgreSQL's
   * default of 128 MB would make polls read index pages from the operating system.
   */
  private static final String SHARED_BUFFERS = System.getProperty("benchmark.sharedBuffers", "1GB");

  /**
   * What one load run measured; CPU in nanoseconds: the load generator's threads, the whole JVM
   * (server and load generator) and PostgreSQL's processes (-1 when not measured).
   */
  record Result(
      String name,
      long requests,
      double seconds,
      long[] sortedLatencies,
      long failures,
      long clientCpu,
      long jvmCpu,
      long postgresCpu) {
    /** The windows of one endpoint as one run. */
    static Result sum(List<Result> windows) {
      return new Result(
          windows.get(0).name(),
          windows.stream().mapToLong(Result::requests).sum(),
          windows.stream().mapToDouble(Result::seconds).sum(),
          windows.stream()
              .flatMapToLong(w -> Arrays.stream(w.sortedLatencies()))
              .sorted()
              .toArray(),
          windows.stream().mapToLong(Result::failures).sum(),
          windows.stream().mapToLong(Result::clientCpu).sum(),
          windows.stream().mapToLong(Result::jvmCpu).sum(),
          windows.stream().anyMatch(w -> w.postgresCpu() < 0)
              ? -1
              : windows.stream().mapToLong(Result::postgresCpu).sum());
    }

    double perSecond() {
      return requests / seconds;
    }

    double millis(int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, index)] / 1e6;
    }

    /** CPU microseconds per request, or "n/a". */
    String micros(long nanos) {
      return nanos < 0 || requests == 0
          ? "n/a"
          : String.format(Locale.ROOT, "%.0f", nanos / 1e3 / requests);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %.1f | %,.0f | %.2f ms | %.2f ms | %.2f ms | %d | %s | %s | %s |",
          name,
          CONNECTIONS,
          seconds,
          perSecond(),
          millis(50),
          millis(99),
          sortedLatencies[sortedLatencies.length - 1] / 1e6,
          failures,
          micros(jvmCpu - clientCpu),
          micros(postgresCpu),
          micros(clientCpu));
    }
  }

  @Test
  void triggerPolls_keepUpWithTheBaseline() throws Exception {
    DatabaseSettings database = TestDatabases.postgres(Map.of("shared_buffers", SHARED_BUFFERS));
    Path dataDir = Files.createTempDirectory("robotconnect-benchmark");
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
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", SERVICE_KEY);
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));

    try (RobotConnect app = RobotConnect.start(new Environment(env))) {
      List<String> tokens = seedOwners(app);
      seedIdentities(app);
      seedEvents(database);
      URI base = app.baseUri();
      CpuMeter cpu =
          new CpuMeter(
              database.url(),
              database.user(),
              database.password(),
              !TestDatabases.usesExternalPostgres());

      String pollPath = "/third-party/ifttt/v1/triggers/voice_command";
      IntFunction<Request> pollRequest =
          i -> {
            int subject = ThreadLocalRandom.current().nextInt(SUBJECTS);
            return new Request(
                "POST",
                pollPath,
                "Authorization: Bearer "
                    + tokens.get(subject % OWNERS)
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                    + "X-Request-ID: bench-"
                    + i
                    + "\r\n",
                pollBody(subject).getBytes(StandardCharsets.UTF_8));
          };
      IntFunction<Request> liveRequest =
          i -> new Request("GET", "/health/live", "X-Request-ID: bench-" + i + "\r\n", null);

      checkOnePoll(base, pollRequest);
      for (int round = 0; round < WARM_UP_SECONDS / WINDOW_SECONDS; round++) {
        load(base, cpu, "warm-up polls", pollRequest, WINDOW_SECONDS);
        load(base, cpu, "warm-up /health/live", liveRequest, WINDOW_SECONDS);
      }
      List<Result> baselineWindows = new ArrayList<>();
      List<Result> pollWindows = new ArrayList<>();
      long[] buffersBefore = timelineIndexBuffers(database);
      for (int round = 0; round < SECONDS / WINDOW_SECONDS; round++) {
        baselineWindows.add(load(base, cpu, "GET /health/live", liveRequest, WINDOW_SECONDS));
        pollWindows.add(
            load(base, cpu, "POST triggers/voice_command", pollRequest, WINDOW_SECONDS));
      }
      long[] buffersAfter = timelineIndexBuffers(database);
      Result baseline = Result.sum(baselineWindows);
      Result polls = Result.sum(pollWindows);
      log.info(
          "timeline index during the polls: {} pages from shared buffers, {} read from outside"
              + " them; {}",
          buffersAfter[0] - buffersBefore[0],
          buffersAfter[1] - buffersBefore[1],
          postgresSizes(database));

      String table =
          String.join(
              "\n",
              "| endpoint | connections | seconds | requests/s | p50 | p99 | max | failures"
                  + " | server JVM CPU µs/req | PostgreSQL CPU µs/req | load generator CPU µs/req |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
              baseline.line(),
              polls.line());
      log.info(
          "trigger poll benchmark ({} events, {} subjects, pool {}, client {}):\n{}\npolls/baseline = {}",
          EVENTS,
          SUBJECTS,
          POOL,
          System.getProperty("benchmark.client", "plain"),
          table,
          String.format(Locale.ROOT, "%.2f", polls.perSecond() / baseline.perSecond()));
      Files.writeString(Path.of("target", "trigger-poll-benchmark.md"), table + "\n");

      assertThat(polls.failures()).isZero();
      assertThat(polls.millis(99)).as("p99 of polls in ms").isLessThan(25.0);
      assertThat(polls.perSecond()).isGreaterThanOrEqualTo(baseline.perSecond() / 3);
    }
  }

  static String pollBody(int subject) {
    return "{\"trigger_identity\":\"bench-identity-"
        + subject
        + "\",\"triggerFields\":{\"voice_command\":\"phrase "
        + subject
        + "\"},\"user\":{\"timezone\":\"UTC\"}}";
  }

  static OwnerId owner(int index) {
    return new OwnerId("bench-owner-" + index);
  }

  static TriggerSubject subject(int index) {
    return new TriggerSubject(
        owner(index % OWNERS), "voice_command", Map.of("voice_command", "phrase " + index));
  }

  static List<String> seedOwners(RobotConnect app) {
    OwnerRepository owners = app.components().persistence().owners();
    IssueAccessTokenUseCase tokens = app.components().oauth().issueAccessToken();
    List<String> accessTokens = new ArrayList<>();
    for (int i = 0; i < OWNERS; i++) {
      owners.save(
          new Owner(
              owner(i),
              new EmailAddress("bench-" + i + "@benchmark.invalid"),
              "Benchmark owner " + i,
              "not-a-password-hash"));
      accessTokens.add(tokens.issue(owner(i)).accessToken());
    }
    return accessTokens;
  }

  static void seedIdentities(RobotConnect app) {
    TriggerIdentityRepository identities = app.components().persistence().triggerIdentities();
    Instant now = Instant.now();
    long started = System.nanoTime();
    app.components()
        .persistence()
        .unitOfWork()
        .run(
            () -> {
              for (int i = 0; i < SUBJECTS; i++) {
                identities.save(TriggerIdentity.registered("bench-identity-" + i, subject(i), now));
              }
            });
    log.info("registered {} identities in {} s", SUBJECTS, seconds(started));
  }

  /** Subjects by JDBC batch, then the events server-side in one insert ... select. */
  private static void seedEvents(DatabaseSettings database) throws Exception {
    long started = System.nanoTime();
    try (Connection connection =
        DriverManager.getConnection(database.url(), database.user(), database.password())) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // the embedded server commits asynchronously; VACUUM below marks pages all-visible only
        // once their inserter's commit is on disk, as it always is with the default settings
        statement.execute("set local synchronous_commit = on");
        statement.execute(
            "create temporary table bench_subjects (idx int primary key, owner_id varchar(200),"
                + " fields_key varchar(64), phrase varchar(100)) on commit drop");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("insert into bench_subjects values (?, ?, ?, ?)")) {
        for (int i = 0; i < SUBJECTS; i++) {
          TriggerSubject subject = subject(i);
          insert.setInt(1, i);
          insert.setString(2, subject.owner().value());
          insert.setString(3, subject.fieldsKey());
          insert.setString(4, "phrase " + i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key,"
                + " subject_fields, ingredients, occurred_at)"
                + " select 'bench-event-' || g, s.owner_id, 'voice_command', s.fields_key,"
                + " '{\"voice_command\":\"' || s.phrase || '\"}',"
                + " '{\"voice_command\":\"' || s.phrase || '\"}',"
                + " timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second'"
                + " from generate_series(1, "
                + EVENTS
                + ") g join bench_subjects s on s.idx = g % "
                + SUBJECTS);
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        // what autovacuum does to an insert-mostly table: statistics and the visibility map
        statement.execute("vacuum analyze trigger_events");
        statement.execute("analyze trigger_identities");
      }
    }
    log.info("loaded {} events over {} subjects in {} s", EVENTS, SUBJECTS, seconds(started));
  }

  /** Pages of the timeline index found in shared buffers, and read from outside them, so far. */
  private static long[] timelineIndexBuffers(DatabaseSettings database) throws Exception {
    return queryOneRow(
        database,
        "select idx_blks_hit, idx_blks_read from pg_statio_user_indexes"
            + " where indexrelname = 'ix_trigger_events_timeline'",
        row -> new long[] {row.getLong(1), row.getLong(2)});
  }

  private static String postgresSizes(DatabaseSettings database) throws Exception {
    return queryOneRow(
        database,
        "select current_setting('shared_buffers'),"
            + " pg_size_pretty(pg_relation_size('ix_trigger_events_timeline')),"
            + " pg_size_pretty(pg_relation_size('trigger_events'))",
        row ->
            "shared_buffers "
                + row.getString(1)
                + ", timeline index "
                + row.getString(2)
                + ", events table "
                + row.getString(3));
  }

  /** Reads one row of a value. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws java.sql.SQLException;
  }

  private static <T> T queryOneRow(DatabaseSettings database, String sql, RowReader<T> reader)
      throws Exception {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        throw new IllegalStateException("no row for " + sql);
      }
      return reader.read(row);
    }
  }

  /** One request as the load generator sends it; {@code headers} are CRLF-terminated lines. */
  record Request(String method, String path, String headers, byte[] body) {}

  private static void checkOnePoll(URI base, IntFunction<Request> pollRequest) throws Exception {
    try (BenchmarkConnection connection = BenchmarkConnection.open(base)) {
      Request request = pollRequest.apply(0);
      BenchmarkConnection.Answer answer =
          connection.send(request.method(), request.path(), request.headers(), request.body());
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      if (answer.status() != 200) {
        throw new AssertionError("a poll answered " + answer.status() + ": " + body);
      }
      int items = body.split("\"meta\"", -1).length - 1;
      assertThat(items).as("items of one poll: %s", body).isEqualTo(50);
    }
  }

  /** {@link #CONNECTIONS} threads, each with its own keep-alive connection, for a fixed time. */
  private static Result load(
      URI base, CpuMeter cpu, String name, IntFunction<Request> requests, int seconds)
      throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      CpuMeter.Reading cpuBefore = cpu.read();
      long started = System.nanoTime();
      long stopAt = started + TimeUnit.SECONDS.toNanos(seconds);
      List<Future<long[]>> running = new ArrayList<>();
      long[] failures = new long[CONNECTIONS];
      long[] clientCpu = new long[CONNECTIONS];
      for (int w = 0; w < CONNECTIONS; w++) {
        int worker = w;
        running.add(
            workers.submit(
                () -> {
                  long cpuAtStart = CpuMeter.currentThreadNanos();
                  try (BenchmarkConnection connection = BenchmarkConnection.open(base)) {
                    long[] latencies = new long[1024];
                    int count = 0;
                    while (System.nanoTime() < stopAt) {
                      Request request = requests.apply(count);
                      long sent = System.nanoTime();
                      BenchmarkConnection.Answer answer =
                          connection.send(
                              request.method(), request.path(), request.headers(), request.body());
                      long took = System.nanoTime() - sent;
                      if (answer.status() != 200) {
                        failures[worker]++;
                      }
                      if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                      }
                      latencies[count++] = took;
                    }
                    return Arrays.copyOf(latencies, count);
                  } finally {
                    clientCpu[worker] = CpuMeter.currentThreadNanos() - cpuAtStart;
                  }
                }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> worker : running) {
        all.add(worker.get(seconds + 60L, TimeUnit.SECONDS));
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      CpuMeter.Reading cpuAfter = cpu.read();
      long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      Result result =
          new Result(
              name,
              latencies.length,
              elapsed,
              latencies,
              Arrays.stream(failures).sum(),
              Arrays.stream(clientCpu).sum(),
              cpuAfter.jvmNanos() - cpuBefore.jvmNanos(),
              cpuAfter.postgresNanosSince(cpuBefore).orElse(-1));
      log.info(result.line());
      return result;
    } finally {
      workers.shutdownNow();
    }
  }

  static String seconds(long startedNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
