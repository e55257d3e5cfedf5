package io.robotconnect.application.port.out.script;

import java.util.Objects;

/** A run that ended: how it started and how it went. */
public record ScriptRunRecord(ScriptRunStart start, ScriptResult result) {
  public ScriptRunRecord {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(result, "result");
  }

  /** Where this run stands in the newest-first list of runs. */
  public ScriptRunCursor cursor() {
    return new ScriptRunCursor(start.startedAt(), start.id());
  }
}
