package io.robotconnect.adapter.out.persistence;

/**
 * PostgreSQL's script-run SQL: {@code on conflict do nothing}, which leaves the surrounding
 * transaction usable, unlike a failed insert.
 */
final class PostgresScriptRunSql extends ScriptRunSql {
  private static final String INSERT_RUN_UNLESS_STARTED =
      "insert into script_runs "
          + RUN_COLUMNS
          + " values "
          + RUN_VALUES
          + " on conflict (connection_id, fired_event_id) do nothing";

  private static final String INSERT_CALL_UNLESS_JOURNALED =
      "insert into script_run_calls "
          + CALL_COLUMNS
          + " select "
          + CALL_VALUES
          + " where "
          + RUN_NOT_ENDED
          + " on conflict (run_id, call_sequence) do nothing";

  @Override
  boolean insertUnlessStarted(SessionContext context, ScriptRunEntity run) {
    return insert(context, INSERT_RUN_UNLESS_STARTED, runParameters(run));
  }

  @Override
  boolean insertUnlessJournaled(SessionContext context, ScriptRunCallEntity call) {
    return insert(context, INSERT_CALL_UNLESS_JOURNALED, callParameters(call));
  }
}
