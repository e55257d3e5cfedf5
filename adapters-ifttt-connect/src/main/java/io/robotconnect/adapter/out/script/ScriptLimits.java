package io.robotconnect.adapter.out.script;

import java.time.Duration;
import java.util.Objects;

/**
 * What one run may use before it is stopped.
 *
 * @param wallTime from the run's start to its end, waiting for calls included; then {@code
 *     timed_out}
 * @param allocationBytes the bytes the run's thread may allocate; then {@code limit_exceeded}
 * @param calls the {@code runAction} and {@code performQuery} calls a run may make; the next one
 *     ends it {@code limit_exceeded}
 * @param consoleBytes the UTF-8 bytes of console output a run may write; then {@code
 *     limit_exceeded}
 */
public record ScriptLimits(Duration wallTime, long allocationBytes, int calls, int consoleBytes) {
  /** IFTTT's 10 seconds, and room for any sensible connection logic. */
  public static final ScriptLimits DEFAULTS =
      new ScriptLimits(Duration.ofSeconds(10), 64L * 1024 * 1024, 100, 64 * 1024);

  public ScriptLimits {
    Objects.requireNonNull(wallTime, "wallTime");
    if (wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wallTime must be positive");
    }
    if (allocationBytes < 1 || calls < 1 || consoleBytes < 1) {
      throw new IllegalArgumentException(
          "allocationBytes, calls and consoleBytes must be positive");
    }
  }

  /** These limits with another wall time. */
  public ScriptLimits withWallTime(Duration wallTime) {
    return new ScriptLimits(wallTime, allocationBytes, calls, consoleBytes);
  }
}
