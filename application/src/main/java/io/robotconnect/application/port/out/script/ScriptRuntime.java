package io.robotconnect.application.port.out.script;

import java.util.List;

/** Runs a connection's runtime script for one fired trigger, in a sandbox and within its limits. */
public interface ScriptRuntime {

  /**
   * Runs the script once to its end. What the script does (throwing, breaking a limit, calling an
   * id it may not call) is the result's outcome, never an exception; the same script, input,
   * journaled results and replay values make the same calls in the same order.
   *
   * @param calls where the script's {@code runAction} and {@code performQuery} go, called on
   *     threads of the runtime, possibly several at once
   * @param replay the clock and random seed of the run's first attempt and the results journaled so
   *     far; a call with a journaled result is answered from it and not sent
   * @throws ScriptRunAbortedException when the run stopped for a reason outside the script; it may
   *     be resumed
   */
  ScriptResult run(ScriptSource script, ScriptInput input, ScriptCalls calls, ScriptReplay replay);

  /**
   * Checks a script without running it: a syntax error, and each {@code runAction} or {@code
   * performQuery} whose id is a string literal that {@code allowed} does not hold; empty when
   * neither is found.
   */
  List<ScriptProblem> check(ScriptSource script, ScriptIds allowed);
}
