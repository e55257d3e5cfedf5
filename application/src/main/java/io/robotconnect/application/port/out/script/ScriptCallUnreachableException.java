package io.robotconnect.application.port.out.script;

/** A script's call got no answer from the Connect API (refused, reset, or timed out). */
public class ScriptCallUnreachableException extends RuntimeException {
  public ScriptCallUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
