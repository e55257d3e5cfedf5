package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java ... Main --demo} as a newcomer runs it, in a process of its own: where it listens,
 * what a second instance on its data directory gets, and what a SIGTERM leaves behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoProcessTest {
  private static final Duration START = Duration.ofSeconds(120);
  @TempDir static Path dir;
  private static Path dataDir;
  private static AppProcess demo;
  private static URI base;

  @BeforeAll
  static void startTheDemo() throws Exception {
    dataDir = dir.resolve("data");
    demo = AppProcess.start(env(), dir.resolve("logs"), "demo", "--demo");
    demo.awaitOutput("ready in \\d+ ms", START);
    base = URI.create(demo.baseUri().orElseThrow());
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  @Order(1)
  void theDemo_listensOnThisMachineOnly() throws Exception {
    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(get(base).statusCode()).isEqualTo(200);
    assertThat(get(base).body()).contains("<title>Robot Connect</title>");
    for (InetAddress other : otherAddressesOfThisMachine()) {
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(other, base.getPort()), 2000);
                }
              })
          .as("connecting to %s:%d", other, base.getPort())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  @Order(2)
  void theBanner_namesTheDemoRedirectUri_andTheSecretsAreInTheDataDirectory() throws Exception {
    String password = Files.readString(dataDir.resolve("demo-owner-password")).strip();
    assertThat(demo.output())
        .anySatisfy(line -> assertThat(line).contains("demo@robotconnect.invalid", password))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("redirect_uri=https://ifttt.com/channels/robot-demo/authorize"));
    for (String secret : List.of("ifttt-service-key", "oauth-client-id", "oauth-client-secret")) {
      assertThat(Files.readString(dataDir.resolve(secret)).strip()).as(secret).hasSize(43);
    }
  }

  @Test
  @Order(3)
  void aSecondInstanceOnTheDataDirectory_stopsWithOneLineNamingIt() throws Exception {
    try (AppProcess second = AppProcess.start(env(), dir.resolve("logs"), "second")) {
      assertThat(second.awaitExit(START)).isEqualTo(2);
      assertThat(second.errors())
          .containsExactly(
              "robotconnect: cannot start: ROBOTCONNECT_DATA_DIR: "
                  + dataDir
                  + " is in use by another running instance of Robot Connect (process "
                  + demo.pid()
                  + "); stop it, or give this one a ROBOTCONNECT_DATA_DIR of its own");
    }
    assertThat(get(base.resolve("health/ready")).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void aSigterm_stopsInOrder_leavingNoTraceFileAndNoLock() throws Exception {
    demo.terminate();

    assertThat(demo.awaitExit(Duration.ofSeconds(30))).isEqualTo(143);
    assertThat(demo.output()).anySatisfy(line -> assertThat(line).endsWith("Main - stopped"));
    assertStoppedCleanly(dataDir);
  }

  @Test
  @Order(5)
  void aSigtermWhileStarting_letsTheStartFinish_andStopsInOrder() throws Exception {
    Path fresh = dir.resolve("fresh");
    Map<String, String> env = env();
    env.put("ROBOTCONNECT_DATA_DIR", fresh.toString());
    try (AppProcess starting = AppProcess.start(env, dir.resolve("logs"), "starting", "--demo")) {
      // the schema is migrated; the broker, the robot and the HTTP server are still to come
      starting.awaitOutput("database ready at", START);
      starting.terminate();

      assertThat(starting.awaitExit(START)).isEqualTo(143);
      assertThat(starting.output())
          .anySatisfy(line -> assertThat(line).endsWith("Main - shutting down"))
          .anySatisfy(line -> assertThat(line).endsWith("Main - stopped"));
    }
    assertStoppedCleanly(fresh);
  }

  private static void assertStoppedCleanly(Path data) throws Exception {
    assertThat(data.resolve("robotconnect.mv.db")).exists();
    assertThat(data.resolve("robotconnect.trace.db")).doesNotExist();
    try (Connection db = DriverManager.getConnection(CoreSettings.defaultDbUrl(data), "sa", "");
        Statement statement = db.createStatement();
        ResultSet lock = statement.executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK")) {
      assertThat(lock.next()).isTrue();
      assertThat(lock.getBoolean(1)).as("Liquibase's lock").isFalse();
    }
    try (FileChannel channel = FileChannel.open(data.resolve(".lock"), StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      assertThat(lock).as("the data directory's lock").isNotNull();
    }
    assertThat(data.resolve("robotconnect.trace.db")).doesNotExist();
  }

  private static Map<String, String> env() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    env.put("ROBOTCONNECT_PASSWORD_BCRYPT_COST", "4");
    // nothing of this test may reach IFTTT
    env.put("ROBOTCONNECT_REALTIME_API_URL", "http://127.0.0.1:9");
    env.put("ROBOTCONNECT_CONNECT_API_URL", "http://127.0.0.1:9");
    return env;
  }

  private static List<InetAddress> otherAddressesOfThisMachine() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .toList();
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
