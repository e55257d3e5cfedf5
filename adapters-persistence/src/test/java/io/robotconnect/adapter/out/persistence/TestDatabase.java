package io.robotconnect.adapter.out.persistence;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.ClockPort;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database for one test class:
 *
 * <pre>{@code
 * @RegisterExtension static final TestDatabase db = TestDatabase.postgres();
 * ... db.database().owners() ...
 * }</pre>
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  private final String kind;
  private final Supplier<DatabaseSettings> settingsSupplier;
  private ClockPort clock = Instant::now;
  private DatabaseSettings settings;
  private PersistenceAdapter database;

  private TestDatabase(String kind, Supplier<DatabaseSettings> settingsSupplier) {
    this.kind = kind;
    this.settingsSupplier = settingsSupplier;
  }

  /** A fresh in-memory H2 database. */
  public static TestDatabase h2() {
    return new TestDatabase("H2", TestDatabases::h2);
  }

  /**
   * A fresh schema on the test PostgreSQL (embedded, or {@code ROBOTCONNECT_TEST_POSTGRES_URL}).
   */
  public static TestDatabase postgres() {
    return new TestDatabase("PostgreSQL", TestDatabases::postgres);
  }

  /** The clock the database's outbox enqueues with. */
  public TestDatabase withClock(ClockPort clock) {
    this.clock = clock;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts the database if not started yet (for use without the extension). */
  public synchronized PersistenceAdapter start() {
    if (database == null) {
      settings = settingsSupplier.get();
      database =
          PersistenceAdapter.start(settings, TestJson.shared(), clock, new SimpleMeterRegistry());
    }
    return database;
  }

  public synchronized void stop() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  public PersistenceAdapter database() {
    if (database == null) {
      throw new IllegalStateException(kind + " test database is not started");
    }
    return database;
  }

  /** The settings the database was started with, e.g. to start a second adapter on it. */
  public DatabaseSettings settings() {
    database();
    return settings;
  }

  @Override
  public String toString() {
    return kind;
  }
}
