package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.Brand;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The HTTP server, data directory, database settings and the brand of the owner's pages (see the
 * README's table).
 */
public record CoreSettings(
    String httpHost,
    int httpPort,
    HttpLimits http,
    ApiPrefix apiPrefix,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    Optional<String> serviceKey,
    Brand brand) {
  static final String HTTP_HOST = "ROBOTCONNECT_HTTP_HOST";

  /** The demo prints a password: it listens on this machine only unless told otherwise. */
  static final String DEMO_HTTP_HOST = "127.0.0.1";

  static final String BRAND_NAME = "ROBOTCONNECT_BRAND_NAME";
  static final String BRAND_LOGO_URL = "ROBOTCONNECT_BRAND_LOGO_URL";

  public static CoreSettings from(Environment env) {
    Path dataDir = env.path("ROBOTCONNECT_DATA_DIR", "./data").toAbsolutePath().normalize();
    String dbUrl = env.string("ROBOTCONNECT_DB_URL", defaultDbUrl(dataDir));
    if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new ConfigurationException(
          "ROBOTCONNECT_DB_URL", "must be a jdbc:postgresql: or jdbc:h2: URL, was '" + dbUrl + "'");
    }
    ApiPrefix prefix;
    try {
      prefix = new ApiPrefix(env.string("ROBOTCONNECT_API_PREFIX", ApiPrefix.DEFAULT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("ROBOTCONNECT_API_PREFIX", e.getMessage());
    }
    return new CoreSettings(
        env.string(HTTP_HOST, DemoWiring.isOn(env) ? DEMO_HTTP_HOST : "0.0.0.0"),
        env.integer("ROBOTCONNECT_HTTP_PORT", 8080, 0, 65535),
        HttpLimits.from(env),
        prefix,
        dataDir,
        dbUrl,
        env.string("ROBOTCONNECT_DB_USER", dbUrl.startsWith("jdbc:h2:") ? "sa" : ""),
        env.string("ROBOTCONNECT_DB_PASSWORD", ""),
        env.integer("ROBOTCONNECT_DB_POOL_SIZE", 10, 1, 500),
        env.optional("ROBOTCONNECT_IFTTT_SERVICE_KEY"),
        brand(env));
  }

  /**
   * The embedded H2 file database in the data directory. It is closed by the application's orderly
   * stop, not by H2's own shutdown hook, which would close it under requests still running; and H2
   * keeps no trace file beside it (the errors it would write there reach the log as exceptions,
   * while it would also record the statements that fail on purpose, such as Liquibase looking for
   * its lock table on a new database).
   */
  static String defaultDbUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("robotconnect")
        + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
  }

  private static Brand brand(Environment env) {
    Optional<URI> logo;
    try {
      logo = env.optional(BRAND_LOGO_URL).map(Brand::logoUrl);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(BRAND_LOGO_URL, e.getMessage());
    }
    try {
      return new Brand(env.string(BRAND_NAME, Brand.DEFAULT_NAME), logo);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(BRAND_NAME, e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "CoreSettings[http="
        + httpHost
        + ":"
        + httpPort
        + ", "
        + http
        + ", prefix="
        + apiPrefix.value()
        + ", dataDir="
        + dataDir
        + ", db="
        + dbUrl
        + ", pool="
        + dbPoolSize
        + ", brand="
        + brand.name()
        + "]";
  }
}
