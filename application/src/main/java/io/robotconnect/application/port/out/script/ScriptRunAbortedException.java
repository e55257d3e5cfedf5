package io.robotconnect.application.port.out.script;

/**
 * A run stopped for a reason outside its script: the calling thread was interrupted, or {@link
 * ScriptCalls} failed otherwise than with no answer (the cause). Nothing about the run is final; it
 * may be resumed from its journal.
 */
public class ScriptRunAbortedException extends RuntimeException {
  public ScriptRunAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
