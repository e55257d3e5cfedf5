package io.robotconnect.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;

/**
 * The script-run statements that PostgreSQL and H2 write differently: inserts that skip a row whose
 * key is stored (a fired event delivered again starts no second run; a call sequence is journaled
 * once). One subclass per database, chosen by {@link Dialect}.
 */
abstract sealed class ScriptRunSql permits PostgresScriptRunSql, H2ScriptRunSql {
  static final String RUN_COLUMNS =
      "(id, connection_id, feature_id, owner_id, user_feature_id, fired_event_id, started_at,"
          + " replay_now, random_seed)";
  static final String RUN_VALUES =
      "(:id, :connection, :feature, :owner, :userFeature, :event, :startedAt, :now, :seed)";
  static final String CALL_COLUMNS = "(run_id, call_sequence, call_function, step_id, body)";
  static final String CALL_VALUES = ":run, :sequence, :function, :step, :body";
  static final String RUN_NOT_ENDED =
      "exists (select 1 from script_runs r where r.id = :run and r.outcome is null)";

  /** Inserts the run unless one of its connection and fired event is stored: whether it was. */
  abstract boolean insertUnlessStarted(SessionContext context, ScriptRunEntity run);

  /**
   * Inserts the call unless its run is unknown or ended, or its sequence is journaled: whether it
   * was.
   */
  abstract boolean insertUnlessJournaled(SessionContext context, ScriptRunCallEntity call);

  static Map<String, Object> runParameters(ScriptRunEntity run) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", run.id);
    parameters.put("connection", run.connectionId);
    parameters.put("feature", run.featureId);
    parameters.put("owner", run.ownerId);
    parameters.put("userFeature", run.userFeatureId);
    parameters.put("event", run.firedEventId);
    parameters.put("startedAt", run.startedAt);
    parameters.put("now", run.replayNow);
    parameters.put("seed", run.randomSeed);
    return parameters;
  }

  static Map<String, Object> callParameters(ScriptRunCallEntity call) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("run", call.runId);
    parameters.put("sequence", call.sequence);
    parameters.put("function", call.function);
    parameters.put("step", call.stepId);
    parameters.put("body", call.body);
    return parameters;
  }

  /** Runs the insert with its parameters: whether it inserted a row. */
  static boolean insert(SessionContext context, String sql, Map<String, Object> parameters) {
    return context.call(
            session -> {
              var insert = session.createNativeMutationQuery(sql);
              parameters.forEach(
                  (name, value) -> {
                    if (value == null) {
                      insert.setParameter(name, null, String.class);
                    } else {
                      insert.setParameter(name, value);
                    }
                  });
              return insert.executeUpdate();
            })
        == 1;
  }
}
