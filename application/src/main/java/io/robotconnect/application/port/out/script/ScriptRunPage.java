package io.robotconnect.application.port.out.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of ended runs, newest start first.
 *
 * @param next where the next page starts; empty when this is the last
 */
public record ScriptRunPage(List<ScriptRunRecord> runs, Optional<ScriptRunCursor> next) {
  public ScriptRunPage {
    runs = List.copyOf(runs);
    Objects.requireNonNull(next, "next");
  }
}
