package io.robotconnect.adapter.out.persistence;

import java.time.Duration;

/**
 * Where the database is and how many connections to keep.
 *
 * @param url a JDBC URL, e.g. {@code jdbc:postgresql://db:5432/robotconnect} or {@code
 *     jdbc:h2:file:./data/robotconnect}
 * @param user may be null when the URL names the user
 * @param password may be null
 * @param poolSize the most connections held open at once
 * @param connectionTimeout how long a caller waits for a free connection before failing
 */
public record DatabaseSettings(
    String url, String user, String password, int poolSize, Duration connectionTimeout) {
  public static final int DEFAULT_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  public DatabaseSettings {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("database URL must be a JDBC URL (jdbc:...): " + url);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1: " + poolSize);
    }
    if (connectionTimeout == null || connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("connection timeout must be at least 250 ms");
    }
  }

  public DatabaseSettings(String url, String user, String password, int poolSize) {
    this(url, user, password, poolSize, DEFAULT_CONNECTION_TIMEOUT);
  }

  /** Settings with the default pool size and timeout. */
  public static DatabaseSettings of(String url, String user, String password) {
    return new DatabaseSettings(url, user, password, DEFAULT_POOL_SIZE);
  }

  /** Whether the URL names PostgreSQL (else H2); {@link Dialect#of} alone asks. */
  boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The URL without anything after {@code ?} or {@code ;}, safe to print (no password). */
  public String printableUrl() {
    int end = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(0, end);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + printableUrl()
        + ", user="
        + user
        + ", poolSize="
        + poolSize
        + "]";
  }
}
