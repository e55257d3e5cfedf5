package io.robotconnect.application.port.out.script;

import java.util.Objects;
import java.util.Optional;

/** How a run ended. Every outcome is final: a run is not tried again for what its script did. */
public sealed interface ScriptOutcome {

  /** The name run records use: {@code succeeded}, {@code failed}, ... */
  String code();

  /** The script ran to its end and nothing it waited for is pending. */
  record Succeeded() implements ScriptOutcome {
    @Override
    public String code() {
      return "succeeded";
    }
  }

  /**
   * The script threw, left a rejected promise unhandled, called an id it may not call, passed a
   * body that is not an object, did not parse, or its replay found a call in doubt.
   *
   * @param line the script's line the failure points at, when known
   */
  record Failed(String message, Optional<Integer> line) implements ScriptOutcome {
    /** Long enough for any error message; keeps run records small. */
    public static final int MAX_MESSAGE_LENGTH = 2000;

    public Failed {
      Objects.requireNonNull(message, "message");
      if (message.length() > MAX_MESSAGE_LENGTH) {
        message = message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
      }
      line = line == null ? Optional.empty() : line;
      line.ifPresent(
          l -> {
            if (l < 1) {
              throw new IllegalArgumentException("lines count from 1");
            }
          });
    }

    @Override
    public String code() {
      return "failed";
    }
  }

  /** The run reached its wall-time limit and was stopped. */
  record TimedOut() implements ScriptOutcome {
    @Override
    public String code() {
      return "timed_out";
    }
  }

  /** The run broke another limit and was stopped. */
  record LimitExceeded(Limit which) implements ScriptOutcome {
    public LimitExceeded {
      Objects.requireNonNull(which, "which");
    }

    @Override
    public String code() {
      return "limit_exceeded";
    }
  }

  /** The limits other than time. */
  enum Limit {
    /** The bytes the run allocated. */
    ALLOCATION,
    /** The number of calls. */
    CALLS,
    /** The bytes of console output. */
    CONSOLE
  }
}
