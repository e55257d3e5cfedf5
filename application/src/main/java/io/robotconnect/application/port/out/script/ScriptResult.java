package io.robotconnect.application.port.out.script;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a run went, for its run record.
 *
 * @param warnings what the run noticed but went on with (an unknown time zone, ...)
 * @param calls the calls sent, in sequence order; one still in flight at the end has no status, and
 *     a refused call, or one not started when the run ended early, is not among them
 * @param console the lines the script logged, up to the console limit
 * @param duration from the start of the run to its end
 */
public record ScriptResult(
    ScriptOutcome outcome,
    List<String> warnings,
    List<ScriptCallRecord> calls,
    List<String> console,
    Duration duration) {
  public ScriptResult {
    Objects.requireNonNull(outcome, "outcome");
    warnings = List.copyOf(warnings);
    calls = List.copyOf(calls);
    console = List.copyOf(console);
    Objects.requireNonNull(duration, "duration");
  }
}
