package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.connection.StepRef;
import java.util.Set;

/**
 * The actions and queries of the connection's definition: the ids a script may call.
 *
 * @param actions what {@code runAction} may name
 * @param queries what {@code performQuery} may name
 */
public record ScriptIds(Set<StepRef> actions, Set<StepRef> queries) {
  public ScriptIds {
    actions = Set.copyOf(actions == null ? Set.of() : actions);
    queries = Set.copyOf(queries == null ? Set.of() : queries);
  }

  /** Whether the function may be called with that id ({@code service_id.step_id}). */
  public boolean allows(ScriptFunction function, String id) {
    Set<StepRef> ids = function == ScriptFunction.RUN_ACTION ? actions : queries;
    for (StepRef ref : ids) {
      if (ref.qualified().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
