package io.robotconnect.application.port.out.script;

/** Sends a script's {@code runAction} and {@code performQuery} calls to the Connect API. */
public interface ScriptCalls {

  /**
   * Sends the call and answers what came back, also for 4xx and 5xx answers; may be called from
   * several threads at once. Any other exception than the one below aborts the run ({@link
   * ScriptRunAbortedException}).
   *
   * @throws ScriptCallUnreachableException when no answer came (refused, reset, timed out); the
   *     script's Promise rejects with an {@code Error}
   */
  ScriptCallResponse call(ScriptCall call);
}
