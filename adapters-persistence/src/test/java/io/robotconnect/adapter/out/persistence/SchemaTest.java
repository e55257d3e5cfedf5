package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The changelogs build the schema on empty databases, and every mapping matches it. */
class SchemaTest {

  static Stream<Arguments> emptyDatabases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DatabaseSettings>) TestDatabases::h2),
        Arguments.of("PostgreSQL", (Supplier<DatabaseSettings>) TestDatabases::postgres));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyDatabases")
  void changelogs_applyToAnEmptyDatabase_andAgainAsANoOp(
      String name, Supplier<DatabaseSettings> empty) throws Exception {
    DatabaseSettings settings = empty.get();
    long applied;
    try (Database first = Database.start(settings, new SimpleMeterRegistry())) {
      assertThat(tables(first))
          .contains(
              "owners",
              "robots",
              "robot_places",
              "trigger_identities",
              "trigger_events",
              "outbox_messages");
      applied = appliedChangeSets(first);
    }
    try (Database again = Database.start(settings, new SimpleMeterRegistry())) {
      assertThat(appliedChangeSets(again)).isEqualTo(applied).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyDatabases")
  void hibernateValidation_ofEveryMapping_passesAgainstTheMigratedSchema(
      String name, Supplier<DatabaseSettings> empty) {
    DatabaseSettings settings = empty.get();
    try (Database migrated = Database.start(settings, new SimpleMeterRegistry());
        HikariDataSource dataSource = dataSource(settings)) {
      assertThatCode(
              () -> {
                try (SessionFactory validated = Database.buildSessionFactory(dataSource, true)) {
                  assertThat(validated.getMetamodel().getEntities())
                      .hasSize(PersistenceEntities.ALL.size());
                }
              })
          .doesNotThrowAnyException();
    }
  }

  private static HikariDataSource dataSource(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(2);
    config.setAutoCommit(false);
    return new HikariDataSource(config);
  }

  private static List<String> tables(Database database) throws SQLException {
    try (HikariDataSource dataSource = dataSource(database.settings());
        Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection
                .getMetaData()
                .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
      return names;
    }
  }

  private static long appliedChangeSets(Database database) throws SQLException {
    try (HikariDataSource dataSource = dataSource(database.settings());
        Connection connection = dataSource.getConnection();
        ResultSet rs =
            connection.createStatement().executeQuery("select count(*) from databasechangelog")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
