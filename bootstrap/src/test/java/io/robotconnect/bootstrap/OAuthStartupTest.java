package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OAuth client is generated once, printed at start, and the same after a restart. */
class OAuthStartupTest {
  @TempDir Path dataDir;

  @Test
  void withoutConfiguredClient_idAndSecretAreGeneratedOncePrintedAndKept() throws Exception {
    List<String> firstBanner;
    try (RobotConnect app = RobotConnect.start(new Environment(env()))) {
      firstBanner = app.banner();
    }
    String clientId = Files.readString(dataDir.resolve("oauth-client-id")).strip();
    String clientSecret = Files.readString(dataDir.resolve("oauth-client-secret")).strip();
    assertThat(clientId).hasSizeGreaterThanOrEqualTo(43);
    assertThat(clientSecret).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(clientId);
    assertThat(firstBanner)
        .anySatisfy(line -> assertThat(line).contains("ROBOTCONNECT_OAUTH_CLIENT_ID", clientId))
        .anySatisfy(
            line -> assertThat(line).contains("ROBOTCONNECT_OAUTH_CLIENT_SECRET", clientSecret))
        .anySatisfy(line -> assertThat(line).contains("ROBOTCONNECT_ADMIN_TOKEN"));

    try (RobotConnect again = RobotConnect.start(new Environment(env()))) {
      assertThat(again.banner()).anySatisfy(line -> assertThat(line).contains(clientId));
    }
    assertThat(Files.readString(dataDir.resolve("oauth-client-id")).strip()).isEqualTo(clientId);
  }

  private Map<String, String> env() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "startup-test-key");
    try (ServerSocket socket = new ServerSocket(0)) {
      env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(socket.getLocalPort()));
    }
    return env;
  }
}
