package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two deliveries of one fired event may start its run at once: the second waits for the first's
 * transaction and gets the first's run, without failing on the unique key or aborting its own
 * transaction.
 */
class PostgresScriptRunStartRaceTest {
  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @Test
  void twoTransactionsStartingARunForTheSameEvent_bothGetTheFirstRun() throws Exception {
    ScriptRunRepository runs = db.database().scriptRuns();
    UnitOfWork unitOfWork = db.database().unitOfWork();
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    ScriptRunStart first = start(UUID.randomUUID().toString(), at);
    ScriptRunStart second =
        new ScriptRunStart(
            UUID.randomUUID(),
            first.connectionId(),
            first.featureId(),
            first.owner(),
            first.userFeatureId(),
            first.firedEventId(),
            at.plusSeconds(1),
            at.plusSeconds(1),
            2L);
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch secondStarting = new CountDownLatch(1);

    CompletableFuture<ScriptRunStart> firstRun =
        CompletableFuture.supplyAsync(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      ScriptRunStart stored = runs.start(first);
                      firstStarted.countDown();
                      awaitOrFail(secondStarting, "the second start did not begin");
                      awaitAnInsertWaitingForThisTransaction();
                      return stored;
                    }));
    awaitOrFail(firstStarted, "the first start did not happen");
    CompletableFuture<ScriptRunStart> secondRun =
        CompletableFuture.supplyAsync(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      secondStarting.countDown();
                      ScriptRunStart stored = runs.start(second);
                      // the transaction is still usable after the conflict
                      runs.replay(stored.id());
                      return stored;
                    }));

    assertThat(firstRun.get(30, TimeUnit.SECONDS)).isEqualTo(first);
    assertThat(secondRun.get(30, TimeUnit.SECONDS)).isEqualTo(first);
    assertThat(runs.replay(second.id())).isEmpty();
  }

  private static ScriptRunStart start(String event, Instant at) {
    return new ScriptRunStart(
        UUID.randomUUID(),
        ConnectionFixtures.newConnectionId(),
        "rain_alarm",
        ConnectionFixtures.newUser(),
        Optional.empty(),
        event,
        at,
        at,
        1L);
  }

  /** Until another session waits on a lock: the second insert, on {@code uq_script_runs_event}. */
  private static void awaitAnInsertWaitingForThisTransaction() {
    DatabaseSettings settings = db.settings();
    try (Connection observer =
        DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
      await("the second insert waiting for the first transaction")
          .atMost(Duration.ofSeconds(30))
          .until(() -> sessionsWaitingOnALock(observer) > 0);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static int sessionsWaitingOnALock(Connection observer) throws SQLException {
    try (Statement statement = observer.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select count(*) from pg_stat_activity"
                    + " where datname = current_database() and wait_event_type = 'Lock'")) {
      result.next();
      return result.getInt(1);
    }
  }

  private static void awaitOrFail(CountDownLatch latch, String failure) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError(failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(failure, e);
    }
  }
}
