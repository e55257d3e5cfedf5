package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.adapter.out.persistence.DatabaseSettings;
import io.robotconnect.adapter.out.persistence.TestDatabases;
import io.robotconnect.adapter.robot.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled application on a real port against a real PostgreSQL. */
class RobotConnectStartupTest {
  private static final String KEY = "startup-test-key";
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dataDir;

  private Map<String, String> env(String dbUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_DB_URL", dbUrl);
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", KEY);
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    return env;
  }

  private int get(RobotConnect app, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void givenPostgresOutage_readinessAndStatusFollowTheDatabase() throws Exception {
    DatabaseSettings postgres = TestDatabases.postgres();
    URI server = URI.create(postgres.url().substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort())) {
      String viaProxy =
          postgres.url().replace(":" + server.getPort() + "/", ":" + proxy.port() + "/");
      try (RobotConnect app = RobotConnect.start(new Environment(env(viaProxy)))) {
        assertThat(get(app, "health/ready")).isEqualTo(200);
        assertThat(get(app, "third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY))
            .isEqualTo(200);

        proxy.cut();
        waitUntil(() -> status(app, "health/ready") == 503);
        assertThat(get(app, "third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY))
            .isEqualTo(503);
        assertThat(get(app, "health/live")).isEqualTo(200);

        proxy.restore();
        waitUntil(() -> status(app, "health/ready") == 200);
        assertThat(get(app, "third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY))
            .isEqualTo(200);
      }
    }
  }

  @Test
  void givenUnreachableDatabase_startupStopsNamingTheVariable() {
    Map<String, String> env = env("jdbc:postgresql://127.0.0.1:1/robotconnect");
    env.put("ROBOTCONNECT_DB_USER", "nobody");
    assertThatThrownBy(() -> RobotConnect.start(new Environment(env)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_DB_URL: ");
  }

  @Test
  void givenNoServiceKey_oneIsGeneratedKeptAndShownInTheBanner() throws Exception {
    Map<String, String> env = env("jdbc:h2:mem:startup-" + System.nanoTime());
    env.remove("ROBOTCONNECT_IFTTT_SERVICE_KEY");
    try (RobotConnect app = RobotConnect.start(new Environment(env))) {
      String key = java.nio.file.Files.readString(dataDir.resolve("ifttt-service-key")).strip();
      assertThat(app.banner()).anySatisfy(line -> assertThat(line).contains(key));
      assertThat(get(app, "third-party/ifttt/v1/status", "IFTTT-Service-Key", key)).isEqualTo(200);
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void givenAClientOfferingHttp2Upgrade_aPostIsServedAsHttp11() throws Exception {
    Map<String, String> env = env("jdbc:h2:mem:upgrade-" + System.nanoTime());
    HttpClient upgrading = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    try (RobotConnect app = RobotConnect.start(new Environment(env))) {
      HttpResponse<String> response =
          upgrading.send(
              HttpRequest.newBuilder(app.baseUri().resolve("third-party/ifttt/v1/tokens"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"password\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // the client credentials are read from the body, so an answer at all means it was decoded
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("\"error\":\"invalid_client\"");
    }
  }

  private int status(RobotConnect app, String path) {
    try {
      return get(app, path);
    } catch (Exception e) {
      return -1;
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.onSpinWait();
      java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
    }
  }
}
