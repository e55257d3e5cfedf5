package io.robotconnect.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database under the repositories: the connection pool, the schema migrated at start, Hibernate
 * and the sessions bound to threads. {@link PersistenceAdapter} starts one per process.
 */
final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final int REACHABLE_TIMEOUT_SECONDS = 2;

  private final DatabaseSettings settings;
  private final HikariDataSource dataSource;
  private final SessionFactory sessionFactory;
  private final Dialect dialect;
  private final SessionContext context;
  private final ExecutorService reachabilityChecks;

  private Database(
      DatabaseSettings settings, HikariDataSource dataSource, SessionFactory sessionFactory) {
    this.settings = settings;
    this.dataSource = dataSource;
    this.sessionFactory = sessionFactory;
    this.dialect = Dialect.of(settings);
    this.context = new SessionContext(sessionFactory, dataSource, dialect);
    this.reachabilityChecks =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "database-reachability");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Connects, applies the Liquibase changelogs and builds Hibernate.
   *
   * @param metrics where the pool publishes its metrics
   * @throws DatabaseUnavailableException when the database cannot be reached or migrated
   */
  static Database start(DatabaseSettings settings, MeterRegistry metrics) {
    HikariDataSource dataSource = connect(settings, metrics);
    try {
      Migrations.apply(dataSource);
    } catch (Exception e) {
      dataSource.close();
      throw new DatabaseUnavailableException(
          "cannot migrate the database at " + settings.printableUrl() + ": " + rootMessage(e), e);
    }
    try {
      SessionFactory sessionFactory = buildSessionFactory(dataSource, false);
      log.info("database ready at {}", settings.printableUrl());
      return new Database(settings, dataSource, sessionFactory);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariDataSource connect(DatabaseSettings settings, MeterRegistry metrics) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("robotconnect-db");
    config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
    config.setJdbcUrl(settings.url());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(settings.poolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setAutoCommit(false);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
      throw new DatabaseUnavailableException(
          "cannot reach the database at " + settings.printableUrl() + ": " + rootMessage(e), e);
    } catch (RuntimeException e) {
      if (e.getClass().getName().contains("DriverClassName")
          || rootMessage(e).contains("No suitable driver")) {
        throw new DatabaseUnavailableException(
            "no JDBC driver for " + settings.printableUrl() + ": " + rootMessage(e), e);
      }
      throw e;
    }
  }

  static SessionFactory buildSessionFactory(HikariDataSource dataSource, boolean validateSchema) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, validateSchema ? "validate" : "none")
            .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.SHOW_SQL, false)
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      PersistenceEntities.ALL.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  /** The database's SQL dialect, told once from its URL. */
  Dialect dialect() {
    return dialect;
  }

  /** The sessions every repository on this database works in. */
  SessionContext context() {
    return context;
  }

  /** Whether a {@code SELECT 1} answers within two seconds (for readiness and status). */
  boolean isReachable() {
    if (dataSource.isClosed()) {
      return false;
    }
    CompletableFuture<Boolean> check;
    try {
      check = CompletableFuture.supplyAsync(this::selectOne, reachabilityChecks);
    } catch (RejectedExecutionException closedMeanwhile) {
      return false;
    }
    try {
      return check.get(REACHABLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      check.cancel(true);
      log.warn("database at {} is not reachable: {}", settings.printableUrl(), rootMessage(e));
      return false;
    }
  }

  private boolean selectOne() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(REACHABLE_TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      connection.rollback();
      return true;
    } catch (Exception e) {
      log.warn("database at {} is not reachable: {}", settings.printableUrl(), rootMessage(e));
      return false;
    }
  }

  DatabaseSettings settings() {
    return settings;
  }

  /** Closes Hibernate and the connection pool. */
  @Override
  public void close() {
    reachabilityChecks.shutdownNow();
    try {
      sessionFactory.close();
    } finally {
      dataSource.close();
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
