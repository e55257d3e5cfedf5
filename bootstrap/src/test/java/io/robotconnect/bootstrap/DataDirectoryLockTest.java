package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One data directory, one running instance. */
class DataDirectoryLockTest {
  @TempDir Path dataDir;

  @Test
  void givenARunningInstance_aSecondStartOnItsDataDirectory_stopsNamingIt_untilTheFirstStops()
      throws Exception {
    Map<String, String> first = env();
    // everything else the second instance needs is its own: its port, and the broker of the
    // first one instead of an embedded one, so that only the data directory is shared
    Map<String, String> second = env();
    second.put(
        "ROBOTCONNECT_MQTT_URL", "tcp://127.0.0.1:" + first.get("ROBOTCONNECT_MQTT_EMBEDDED_PORT"));
    second.put("ROBOTCONNECT_MQTT_CLIENT_ID", "second-instance");
    RobotConnect running = RobotConnect.start(new Environment(first));
    try {
      assertThatThrownBy(() -> RobotConnect.start(new Environment(second)).close())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "ROBOTCONNECT_DATA_DIR: "
                  + dataDir
                  + " is in use by another running instance of Robot Connect (process "
                  + ProcessHandle.current().pid()
                  + "); stop it, or give this one a ROBOTCONNECT_DATA_DIR of its own");
      assertThat(status(running.baseUri().resolve("health/ready"))).isEqualTo(200);
    } finally {
      running.close();
    }

    second.remove("ROBOTCONNECT_MQTT_URL");
    try (RobotConnect again = RobotConnect.start(new Environment(second))) {
      assertThat(status(again.baseUri().resolve("health/ready"))).isEqualTo(200);
    }
  }

  @Test
  void theLock_isHeldUntilClosed() throws Exception {
    AutoCloseable lock = DataDirectoryLock.acquire(dataDir);

    assertThat(Files.readString(dataDir.resolve(".lock")).strip())
        .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(dataDir + " is in use by another running instance");
    lock.close();
    assertThatCode(() -> DataDirectoryLock.acquire(dataDir).close()).doesNotThrowAnyException();
  }

  @Test
  void aDataDirectoryThatCannotBeWritten_isNotLocked_andDoesNotStopTheStart() throws Exception {
    Path aFile = Files.writeString(dataDir.resolve("a-file"), "not a directory");

    assertThatCode(() -> DataDirectoryLock.acquire(aFile.resolve("data")).close())
        .doesNotThrowAnyException();
  }

  private Map<String, String> env() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "lock-test-key");
    env.put("ROBOTCONNECT_PASSWORD_BCRYPT_COST", "4");
    env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    return env;
  }

  private static int status(URI uri) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
