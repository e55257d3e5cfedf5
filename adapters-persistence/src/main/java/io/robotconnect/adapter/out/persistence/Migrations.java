package io.robotconnect.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings the schema up to date with the Liquibase changelogs on the classpath. */
final class Migrations {
  static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.yaml";

  private Migrations() {}

  static void apply(DataSource dataSource) throws Exception {
    Map<String, Object> scope =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
            "liquibase.analytics.enabled",
            false,
            "liquibase.showBanner",
            false,
            Scope.Attr.ui.name(),
            new LoggerUIService());
    try (Connection connection = dataSource.getConnection()) {
      Scope.child(scope, () -> update(connection));
    }
  }

  private static void update(Connection connection) throws Exception {
    Database database = liquibaseDatabase(connection);
    new CommandScope(UpdateCommandStep.COMMAND_NAME)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER_CHANGELOG)
        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
        .execute();
  }

  private static Database liquibaseDatabase(Connection connection) throws SQLException {
    try {
      return DatabaseFactory.getInstance()
          .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    } catch (liquibase.exception.DatabaseException e) {
      throw new SQLException("Liquibase does not support this database", e);
    }
  }
}
