package io.robotconnect.adapter.out.script;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptCalls;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The Connect API as a script sees it, answering at once: from a table by id, otherwise 204 for an
 * action and 200 with an empty list for a query. Keeps every call it was sent.
 */
final class FakeCalls implements ScriptCalls {
  private final List<ScriptCall> sent = new CopyOnWriteArrayList<>();
  private final Function<ScriptCall, ScriptCallResponse> answers;

  FakeCalls(Function<ScriptCall, ScriptCallResponse> answers) {
    this.answers = answers;
  }

  FakeCalls() {
    this(call -> null);
  }

  static FakeCalls answering(Map<String, ScriptCallResponse> byId) {
    return new FakeCalls(call -> byId.get(call.id().qualified()));
  }

  @Override
  public ScriptCallResponse call(ScriptCall call) {
    sent.add(call);
    ScriptCallResponse answer = answers.apply(call);
    if (answer != null) {
      return answer;
    }
    return switch (call.function()) {
      case RUN_ACTION -> new ScriptCallResponse(204, null);
      case PERFORM_QUERY -> new ScriptCallResponse(200, Map.of("data", List.of()));
    };
  }

  /** The calls sent, by sequence number (they are sent side by side, in any order). */
  List<ScriptCall> sent() {
    return sent.stream().sorted(Comparator.comparingInt(ScriptCall::sequence)).toList();
  }
}
