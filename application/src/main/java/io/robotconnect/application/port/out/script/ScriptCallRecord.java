package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.connection.StepRef;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call a run made, for its record.
 *
 * @param statusCode what the Connect API answered; empty when no answer came
 * @param duration from the call's start to its answer (as journaled, for a replayed call: zero)
 * @param replayed whether the answer came from the journal rather than the Connect API
 */
public record ScriptCallRecord(
    int sequence,
    ScriptFunction function,
    StepRef id,
    Optional<Integer> statusCode,
    Duration duration,
    boolean replayed) {
  public ScriptCallRecord {
    if (sequence < 1) {
      throw new IllegalArgumentException("call sequence numbers start at 1");
    }
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(id, "id");
    statusCode = statusCode == null ? Optional.empty() : statusCode;
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative");
    }
  }
}
