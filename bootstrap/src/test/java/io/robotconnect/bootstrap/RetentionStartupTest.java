package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.RetainedData;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.OwnerSession;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled application purges on its schedule, and a bad retention setting stops it. */
class RetentionStartupTest {
  @TempDir Path dataDir;

  @Test
  void aBadRetentionSetting_stopsStartUp_namingIt() throws Exception {
    Map<String, String> env = env();
    env.put("ROBOTCONNECT_RETAIN_WEBHOOK_RECEIPTS", "PT1H");

    assertThatThrownBy(() -> RobotConnect.start(new Environment(env)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.variable()).isEqualTo("ROBOTCONNECT_RETAIN_WEBHOOK_RECEIPTS"))
        .hasMessageContaining("must be at least P1D");
  }

  @Test
  void theRunningApplication_purgesWhatExpired_andKeepsWhatIsLive() throws Exception {
    try (RobotConnect app = RobotConnect.start(new Environment(env()))) {
      RetentionPurger purger = app.components().retention().purger();
      waitUntil(() -> purger.runsFinished() >= 1);
      OwnerId owner = new OwnerId("retention-owner");
      app.components()
          .persistence()
          .owners()
          .save(new Owner(owner, new EmailAddress("retention@example.com"), "Ret", "hash"));
      OwnerSessionRepository sessions = app.components().persistence().ownerSessions();
      Instant now = Instant.now();
      sessions.save(new OwnerSession("expired", owner, now.minusSeconds(60), now.minusSeconds(1)));
      sessions.save(new OwnerSession("live", owner, now, now.plus(Duration.ofDays(1))));
      long before = purger.runsFinished();

      purger.wake();

      waitUntil(() -> purger.runsFinished() > before);
      assertThat(sessions.findByTokenHash("expired")).isEmpty();
      assertThat(sessions.findByTokenHash("live")).isPresent();
      assertThat(purger.lastRun().orElseThrow().run().deleted(RetainedData.OWNER_SESSIONS))
          .isEqualTo(1);
    }
  }

  private Map<String, String> env() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_DB_URL", "jdbc:h2:mem:retention-" + System.nanoTime());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", "retention-test-key");
    try (ServerSocket socket = new ServerSocket(0)) {
      env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(socket.getLocalPort()));
    }
    return env;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(10);
    }
  }
}
