package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.StepRef;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What makes a run repeatable: its first attempt's clock and random seed, and the results of the
 * calls journaled so far. A resumed run is given the same values, so that it makes the same calls.
 *
 * @param now the first attempt's start: {@code Meta.currentUserTime}, and what {@code Date.now()}
 *     and {@code new Date()} answer all run long
 * @param randomSeed the seed of {@code Math.random()}
 * @param journal the journaled calls by sequence number (from 1)
 */
public record ScriptReplay(Instant now, long randomSeed, Map<Integer, Journaled> journal) {
  public ScriptReplay {
    Objects.requireNonNull(now, "now");
    journal = Map.copyOf(journal == null ? Map.of() : journal);
    journal.keySet().stream()
        .filter(sequence -> sequence < 1)
        .findAny()
        .ifPresent(
            sequence -> {
              throw new IllegalArgumentException("call sequence numbers start at 1: " + sequence);
            });
  }

  /** A run's first attempt: nothing journaled yet. */
  public static ScriptReplay firstAttempt(Instant now, long randomSeed) {
    return new ScriptReplay(now, randomSeed, Map.of());
  }

  /** A call of an earlier attempt, as the journal kept it. */
  public sealed interface Journaled {
    ScriptFunction function();

    StepRef id();

    /** The call was answered: the script gets the same answer, and nothing is sent. */
    record Answered(ScriptFunction function, StepRef id, ScriptCallResponse response)
        implements Journaled {
      public Answered {
        requireCall(function, id);
        Objects.requireNonNull(response, "response");
      }
    }

    /** The call got no answer: the script's Promise rejects again, and nothing is sent. */
    record Unreachable(ScriptFunction function, StepRef id, String message) implements Journaled {
      /** Room for an exception's message. */
      public static final int MAX_MESSAGE_LENGTH = 2000;

      public Unreachable {
        requireCall(function, id);
        TextRules.requireName(message, "message", MAX_MESSAGE_LENGTH);
      }
    }

    /**
     * The call was sent but its result was not journaled (the process stopped while it was in
     * flight): it is not sent again, and the run fails naming it.
     */
    record InDoubt(ScriptFunction function, StepRef id) implements Journaled {
      public InDoubt {
        requireCall(function, id);
      }
    }

    private static void requireCall(ScriptFunction function, StepRef id) {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(id, "id");
    }
  }
}
