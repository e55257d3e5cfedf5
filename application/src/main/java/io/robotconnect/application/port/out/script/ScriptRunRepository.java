package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The runs of runtime scripts: each run's start, the journal of its calls (what makes a run exactly
 * once: a call is journaled as sent before it is sent, and its result before the script sees it)
 * and, once it ended, its record.
 */
public interface ScriptRunRepository {
  /** The most runs one page of {@link #finished} lists. */
  int MAX_PAGE = 100;

  /** Starts the run unless one was started for its fired event and connection; the run stored. */
  ScriptRunStart start(ScriptRunStart run);

  /**
   * Journals the call as sent; false, changing nothing, if the run is unknown or ended or the
   * call's sequence is journaled.
   */
  boolean journalSent(UUID runId, ScriptCall call);

  /**
   * Journals the call's answer; false, changing nothing, unless it is journaled as sent without a
   * result.
   */
  boolean journalAnswered(UUID runId, int sequence, ScriptCallResponse response);

  /**
   * Journals that the call got no answer; false, changing nothing, unless it is journaled as sent
   * without a result.
   *
   * @param message one line of at most {@value
   *     ScriptReplay.Journaled.Unreachable#MAX_MESSAGE_LENGTH} characters, as the replay holds it;
   *     else {@link IllegalArgumentException}
   */
  boolean journalUnreachable(UUID runId, int sequence, String message);

  /**
   * The run's first-attempt values and journal, a call sent without a result in doubt; empty for an
   * unknown run.
   */
  Optional<ScriptReplay> replay(UUID runId);

  /** Ends the run with its result; false, changing nothing, if the run is unknown or ended. */
  boolean finish(UUID runId, ScriptResult result);

  /** Up to {@code max} runs not ended that started before {@code startedBefore}, oldest first. */
  List<ScriptRunStart> unfinished(Instant startedBefore, int max);

  /**
   * Ended runs, of one connection or all, newest start first, after the cursor; 1 to {@value
   * #MAX_PAGE} a page, else {@link IllegalArgumentException}.
   */
  ScriptRunPage finished(
      Optional<ConnectionId> connection, Optional<ScriptRunCursor> after, int limit);

  /**
   * Deletes up to {@code max} ended runs that started before {@code startedBefore}, with their
   * journals; how many.
   */
  int purgeFinishedBefore(Instant startedBefore, int max);
}
