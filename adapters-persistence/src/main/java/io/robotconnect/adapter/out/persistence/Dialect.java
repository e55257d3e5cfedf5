package io.robotconnect.adapter.out.persistence;

/**
 * The database the adapter runs on, told once from the JDBC URL when the adapter starts. Each
 * concern whose SQL differs between PostgreSQL and H2 gets its dialect's class from here, so no
 * repository asks which database it talks to.
 */
enum Dialect {
  POSTGRES {
    @Override
    TriggerSql triggerSql() {
      return new PostgresTriggerSql();
    }

    @Override
    ConnectionSql connectionSql() {
      return new PostgresConnectionSql();
    }

    @Override
    OutboxSql outboxSql() {
      return new PostgresOutboxSql();
    }

    @Override
    RetentionSql retentionSql() {
      return new PostgresRetentionSql();
    }

    @Override
    ScriptRunSql scriptRunSql() {
      return new PostgresScriptRunSql();
    }
  },
  H2 {
    @Override
    TriggerSql triggerSql() {
      return new H2TriggerSql();
    }

    @Override
    ConnectionSql connectionSql() {
      return new H2ConnectionSql();
    }

    @Override
    OutboxSql outboxSql() {
      return new H2OutboxSql();
    }

    @Override
    RetentionSql retentionSql() {
      return new H2RetentionSql();
    }

    @Override
    ScriptRunSql scriptRunSql() {
      return new H2ScriptRunSql();
    }
  };

  /** The one choice between the databases; every other SQL difference follows from it. */
  static Dialect of(DatabaseSettings settings) {
    return settings.isPostgres() ? POSTGRES : H2;
  }

  /** The SQL of the trigger identities and trigger events. */
  abstract TriggerSql triggerSql();

  /** The SQL of the connection definitions, user connections, receipts and connection events. */
  abstract ConnectionSql connectionSql();

  /** The SQL of the outbox's claim. */
  abstract OutboxSql outboxSql();

  /** The retention purge's batched delete. */
  abstract RetentionSql retentionSql();

  /** The SQL of the script runs and their call journals. */
  abstract ScriptRunSql scriptRunSql();
}
