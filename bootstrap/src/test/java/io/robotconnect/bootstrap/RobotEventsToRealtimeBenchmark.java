package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Robot events to Realtime: the time from a robot's {@code ifttt_trigger} publish to the Realtime
 * API call naming its trigger identity arriving at a fake IFTTT, through the real wiring (embedded
 * broker, H2 file database or {@code ROBOTCONNECT_BENCH_DB_URL}, outbox worker, Jersey client). Not
 * a test: its name keeps it out of {@code mvn verify}; run it as docs/performance.md says. With
 * {@code -Dbench.broker=mosquitto} it starts a private Mosquitto configured as docs/robots.md
 * recommends (see {@link MosquittoBroker}).
 */
class RobotEventsToRealtimeBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(RobotEventsToRealtimeBenchmark.class);
  private static final Pattern IDENTITY = Pattern.compile("\"trigger_identity\":\"([^\"]+)\"");

  private static final int OWNERS = intProperty("bench.owners", 50);
  private static final int WARMUP = intProperty("bench.warmup", 30_000);
  private static final int EVENTS = intProperty("bench.events", 10_000);
  private static final int RATE = intProperty("bench.rate", 2_000);
  private static final int BURST = intProperty("bench.burst", 20_000);

  private final String topicRoot = "bench" + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> notifiedAt = new ConcurrentHashMap<>();

  @Test
  void robotEventsToRealtime() throws Exception {
    Path dataDir = Files.createTempDirectory("robotconnect-bench");
    HttpServer fakeIfttt = fakeIfttt();
    int brokerPort = freePort();
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "bench-key");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", Integer.toString(brokerPort));
    env.put("ROBOTCONNECT_MQTT_CLIENT_ID", "robotconnect-bench-" + UUID.randomUUID());
    env.put("ROBOTCONNECT_MQTT_TOPIC_ROOT", topicRoot);
    env.put(
        "ROBOTCONNECT_REALTIME_API_URL", "http://127.0.0.1:" + fakeIfttt.getAddress().getPort());
    String mqttUrl = System.getenv("ROBOTCONNECT_BENCH_MQTT_URL");
    String brokerUrl = "tcp://127.0.0.1:" + brokerPort;
    MosquittoBroker mosquitto = null;
    if ("mosquitto".equals(System.getProperty("bench.broker"))) {
      Path binary =
          MosquittoBroker.findBinary()
              .orElseThrow(() -> new IllegalStateException("no mosquitto binary found"));
      mosquitto = MosquittoBroker.start(binary, dataDir, freePort());
      mqttUrl = mosquitto.url();
    }
    if (mqttUrl != null && !mqttUrl.isBlank()) {
      env.put("ROBOTCONNECT_MQTT_URL", mqttUrl);
      brokerUrl = mqttUrl;
    }
    String dbUrl = System.getenv("ROBOTCONNECT_BENCH_DB_URL");
    if (dbUrl != null && !dbUrl.isBlank()) {
      env.put("ROBOTCONNECT_DB_URL", dbUrl);
      env.put(
          "ROBOTCONNECT_DB_USER", System.getenv().getOrDefault("ROBOTCONNECT_BENCH_DB_USER", ""));
    }
    Environment environment = new Environment(env);
    Wiring w = Wiring.of(environment, CoreSettings.from(environment));
    List<SimulatedRobot> robots = new ArrayList<>();
    try {
      PersistenceWiring.Provided persistence = PersistenceWiring.wire(w);
      CoreWiring.Provided core = CoreWiring.wire(w, persistence);
      RobotWiring.wire(w, persistence, core);
      List<List<String>> identities = seed(persistence, robots, brokerUrl);

      Run warmup = steady(robots, identities, 0, WARMUP, RATE);
      awaitAll(warmup);
      Run measured = steady(robots, identities, WARMUP, EVENTS, RATE);
      awaitAll(measured);
      Run burst = burst(robots, identities, WARMUP + EVENTS, BURST);
      awaitAll(burst);

      long[] latencies = latenciesMicros(measured);
      double p50 = percentile(latencies, 50) / 1000.0;
      double p99 = percentile(latencies, 99) / 1000.0;
      double max = latencies[latencies.length - 1] / 1000.0;
      double achievedRate = measured.ids.size() / seconds(measured.startNanos, measured.endNanos);
      long lastNotified = burst.ids.stream().mapToLong(notifiedAt::get).max().orElseThrow();
      double absorbed = burst.ids.size() / seconds(burst.startNanos, lastNotified);
      LOG.info(
          String.format(
              Locale.ROOT,
              "RESULT steady: %d events at %.0f/s offered (%d/s asked): p50 %.1f ms, p99 %.1f ms,"
                  + " max %.1f ms | burst: %d events absorbed at %.0f events/s | db %s | broker %s",
              measured.ids.size(),
              achievedRate,
              RATE,
              p50,
              p99,
              max,
              burst.ids.size(),
              absorbed,
              w.core().dbUrl().replaceAll("\\?.*", ""),
              brokerUrl));
      assertThat(latencies).hasSize(EVENTS);
    } finally {
      robots.forEach(SimulatedRobot::close);
      w.lifecycle().close();
      fakeIfttt.stop(0);
      if (mosquitto != null) {
        mosquitto.close();
      }
    }
  }

  private record Run(List<String> ids, long startNanos, long endNanos) {}

  private Run steady(
      List<SimulatedRobot> robots, List<List<String>> identities, int offset, int count, int rate) {
    List<String> ids = new ArrayList<>(count);
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      ids.add(publish(robots, identities, offset + i));
    }
    return new Run(ids, start, System.nanoTime());
  }

  private Run burst(List<SimulatedRobot> robots, List<List<String>> identities, int offset, int n) {
    List<String> ids = new ArrayList<>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      ids.add(publish(robots, identities, offset + i));
    }
    return new Run(ids, start, System.nanoTime());
  }

  private String publish(List<SimulatedRobot> robots, List<List<String>> identities, int n) {
    int owner = n % OWNERS;
    String identity = identities.get(owner).get(n / OWNERS);
    publishedAt.put(identity, System.nanoTime());
    robots.get(owner).reportTrigger(identity, "phrase", UUID.randomUUID().toString());
    return identity;
  }

  private void awaitAll(Run run) {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!run.ids.stream().allMatch(notifiedAt::containsKey)) {
      if (System.nanoTime() > deadline) {
        long missing = run.ids.stream().filter(id -> !notifiedAt.containsKey(id)).count();
        throw new AssertionError(missing + " events never reached the fake IFTTT");
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  private long[] latenciesMicros(Run run) {
    long[] latencies =
        run.ids.stream()
            .mapToLong(id -> (notifiedAt.get(id) - publishedAt.get(id)) / 1_000)
            .toArray();
    Arrays.sort(latencies);
    return latencies;
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }

  private List<List<String>> seed(
      PersistenceWiring.Provided b, List<SimulatedRobot> robots, String brokerUrl) {
    int perOwner = (WARMUP + EVENTS + BURST) / OWNERS + 1;
    List<List<String>> identities = new ArrayList<>();
    List<RobotId> robotIds = new ArrayList<>();
    for (int o = 0; o < OWNERS; o++) {
      int ownerNo = o;
      // one transaction per owner keeps each transaction's persistence context small
      b.unitOfWork()
          .run(
              () -> {
                OwnerId owner = new OwnerId("bench-owner-" + ownerNo);
                b.owners()
                    .save(
                        new Owner(
                            owner,
                            new EmailAddress("bench" + ownerNo + "@example.com"),
                            "Bench",
                            "x"));
                RobotId robot = new RobotId(UUID.randomUUID());
                robotIds.add(robot);
                b.robots().save(new Robot(robot, owner, "Robot " + ownerNo, List.of()));
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perOwner; i++) {
                  String id = "ti-" + ownerNo + "-" + i;
                  ids.add(id);
                  b.triggerIdentities()
                      .save(
                          TriggerIdentity.registered(
                              id,
                              new TriggerSubject(
                                  owner, "voice_command", Map.of("voice_command", "phrase " + i)),
                              Instant.now()));
                }
                identities.add(ids);
              });
    }
    RobotTopics topics = new RobotTopics(topicRoot, "develop");
    for (RobotId id : robotIds) {
      robots.add(
          new SimulatedRobot(SimulatedRobots.link(brokerUrl, topics), id, List.of()).start());
    }
    return identities;
  }

  private HttpServer fakeIfttt() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/v1/notifications",
        exchange -> {
          long arrived = System.nanoTime();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = IDENTITY.matcher(body);
          while (m.find()) {
            notifiedAt.putIfAbsent(m.group(1), arrived);
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int intProperty(String name, int fallback) {
    return Integer.getInteger(name, fallback);
  }
}
