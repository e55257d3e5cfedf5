package io.robotconnect.adapter.out.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * H2's script-run SQL: no insert-or-skip, so the inserts look for the key first (H2 serves one
 * process per database file, where a failed insert leaves the transaction usable).
 */
final class H2ScriptRunSql extends ScriptRunSql {
  private static final String INSERT_RUN_UNLESS_STARTED =
      "insert into script_runs "
          + RUN_COLUMNS
          + " select "
          + RUN_VALUES.substring(1, RUN_VALUES.length() - 1)
          + " where not exists (select 1 from script_runs s"
          + " where s.connection_id = :connection and s.fired_event_id = :event)";

  private static final String INSERT_CALL_UNLESS_JOURNALED =
      "insert into script_run_calls "
          + CALL_COLUMNS
          + " select "
          + CALL_VALUES
          + " where "
          + RUN_NOT_ENDED
          + " and not exists (select 1 from script_run_calls c"
          + " where c.run_id = :run and c.call_sequence = :sequence)";

  @Override
  boolean insertUnlessStarted(SessionContext context, ScriptRunEntity run) {
    try {
      return insert(context, INSERT_RUN_UNLESS_STARTED, runParameters(run));
    } catch (ConstraintViolationException raceLostToTheSameEvent) {
      return false;
    }
  }

  @Override
  boolean insertUnlessJournaled(SessionContext context, ScriptRunCallEntity call) {
    try {
      return insert(context, INSERT_CALL_UNLESS_JOURNALED, callParameters(call));
    } catch (ConstraintViolationException raceLostToTheSameSequence) {
      return false;
    }
  }
}
