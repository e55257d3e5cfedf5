package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.connection.StepRef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code runAction} or {@code performQuery} a script made, to send to the Connect API for the
 * event's owner.
 *
 * @param sequence the call's number in its run, from 1, in the order the script made its calls
 * @param id the action or query
 * @param body the request body as the script gave it ({@code fields}, {@code user_feature_id},
 *     {@code limit}, ...), empty when it gave none
 */
public record ScriptCall(
    int sequence, ScriptFunction function, StepRef id, Optional<Map<String, Object>> body) {
  public ScriptCall {
    if (sequence < 1) {
      throw new IllegalArgumentException("call sequence numbers start at 1");
    }
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(id, "id");
    body = body == null ? Optional.empty() : body.map(b -> JsonTrees.object(b, "call body"));
  }
}
