package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.StorageUnavailableException;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting, probing and losing the database. */
class DatabaseTest {

  @Test
  void unreachableDatabase_atStart_failsWithAClearException_withoutThePassword() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DatabaseSettings settings =
        new DatabaseSettings(
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/robotconnect?password=secret",
            "app",
            "secret",
            2,
            Duration.ofSeconds(1));

    assertThatThrownBy(() -> PersistenceAdapter.start(settings, TestJson.shared()))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:" + closedPort + "/robotconnect")
        .hasMessageNotContaining("secret");
  }

  @Test
  void urlThatIsNotJdbc_isRefused() {
    assertThatThrownBy(() -> new DatabaseSettings("postgres://db/x", "u", "p", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JDBC URL");
  }

  @Test
  void startedDatabase_isReachable_untilClosed() {
    PersistenceAdapter database = PersistenceAdapter.start(TestDatabases.h2(), TestJson.shared());
    assertThat(database.health().isReachable()).isTrue();

    database.close();

    assertThat(database.health().isReachable()).isFalse();
  }

  @Test
  void thePool_publishesItsMetrics_onTheRegistryItIsGiven() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    DatabaseSettings settings = TestDatabases.h2();
    try (PersistenceAdapter database =
        PersistenceAdapter.start(settings, TestJson.shared(), Instant::now, metrics)) {
      database.owners().findById(new OwnerId("someone"));

      assertThat(metrics.get("hikaricp.connections.max").tag("pool", "robotconnect-db").gauge())
          .satisfies(max -> assertThat(max.value()).isEqualTo(settings.poolSize()));
      assertThat(metrics.get("hikaricp.connections.usage").timer().count()).isPositive();
    }
  }

  @Test
  void databaseThatGoesAway_makesCallsFailAsStorageUnavailable_andIsNotReachable()
      throws Exception {
    EmbeddedPostgres server = EmbeddedPostgres.builder().start();
    DatabaseSettings settings =
        new DatabaseSettings(
            server.getJdbcUrl("postgres", "postgres"), null, null, 2, Duration.ofMillis(500));
    try (PersistenceAdapter database = PersistenceAdapter.start(settings, TestJson.shared())) {
      assertThat(database.owners().findById(new OwnerId("someone"))).isEmpty();

      server.close();

      assertThatThrownBy(() -> database.owners().findById(new OwnerId("someone")))
          .isInstanceOf(StorageUnavailableException.class);
      // the poll path's plain reads, alone and inside a transaction
      assertThatThrownBy(() -> database.triggerIdentities().findById("identity"))
          .isInstanceOf(StorageUnavailableException.class);
      TriggerSubject subject =
          new TriggerSubject(new OwnerId("someone"), "voice_command", Map.of("phrase", "hi"));
      assertThatThrownBy(
              () ->
                  database
                      .triggerEvents()
                      .newest(subject, new TimelineLimit(TimelineLimit.DEFAULT)))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(
              () ->
                  database
                      .unitOfWork()
                      .inTransaction(() -> database.triggerIdentities().findById("identity")))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(database.health().isReachable()).isFalse();
    }
  }

  @Test
  void namedTestServerThatCannotBeReached_failsInsteadOfSkipping() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/test?user=postgres";

    assertThatThrownBy(() -> TestDatabases.checkedExternalUrl(url))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TestDatabases.POSTGRES_URL_VARIABLE);
  }
}
