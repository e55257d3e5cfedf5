package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptReplay.Journaled;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunCursor;
import io.robotconnect.application.port.out.script.ScriptRunPage;
import io.robotconnect.application.port.out.script.ScriptRunRecord;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Script runs and their journals in maps keyed by run id and sequence. */
public final class InMemoryScriptRunRepository implements ScriptRunRepository {
  /**
   * Newest start first; at one instant the greater id first, ids compared as the databases compare
   * a {@code uuid}: byte by byte, unsigned (as their lower-case text compares).
   */
  private static final Comparator<ScriptRunCursor> NEWEST_FIRST =
      Comparator.comparing(ScriptRunCursor::startedAt)
          .thenComparing(cursor -> cursor.runId().toString())
          .reversed();

  private final Map<UUID, Run> runs = new LinkedHashMap<>();

  private static final class Run {
    final ScriptRunStart start;
    final Map<Integer, Call> calls = new TreeMap<>();
    ScriptResult result;

    Run(ScriptRunStart start) {
      this.start = start;
    }
  }

  private static final class Call {
    final ScriptCall call;
    Journaled result;

    Call(ScriptCall call) {
      this.call = call;
    }
  }

  @Override
  public synchronized ScriptRunStart start(ScriptRunStart run) {
    for (Run stored : runs.values()) {
      if (stored.start.connectionId().equals(run.connectionId())
          && stored.start.firedEventId().equals(run.firedEventId())) {
        return stored.start;
      }
    }
    if (runs.containsKey(run.id())) {
      throw new IllegalArgumentException("a run with id " + run.id() + " exists");
    }
    runs.put(run.id(), new Run(run));
    return run;
  }

  @Override
  public synchronized boolean journalSent(UUID runId, ScriptCall call) {
    Run run = runs.get(runId);
    if (run == null || run.result != null || run.calls.containsKey(call.sequence())) {
      return false;
    }
    run.calls.put(call.sequence(), new Call(call));
    return true;
  }

  @Override
  public synchronized boolean journalAnswered(
      UUID runId, int sequence, ScriptCallResponse response) {
    Objects.requireNonNull(response, "response");
    return journal(runId, sequence, c -> new Journaled.Answered(c.function(), c.id(), response));
  }

  @Override
  public synchronized boolean journalUnreachable(UUID runId, int sequence, String message) {
    TextRules.requireName(message, "message", Journaled.Unreachable.MAX_MESSAGE_LENGTH);
    return journal(runId, sequence, c -> new Journaled.Unreachable(c.function(), c.id(), message));
  }

  private boolean journal(UUID runId, int sequence, Function<ScriptCall, Journaled> result) {
    Run run = runs.get(runId);
    Call call = run == null ? null : run.calls.get(sequence);
    if (call == null || call.result != null) {
      return false;
    }
    call.result = result.apply(call.call);
    return true;
  }

  @Override
  public synchronized Optional<ScriptReplay> replay(UUID runId) {
    Run run = runs.get(runId);
    if (run == null) {
      return Optional.empty();
    }
    Map<Integer, Journaled> journal = new TreeMap<>();
    run.calls.forEach(
        (sequence, call) ->
            journal.put(
                sequence,
                call.result != null
                    ? call.result
                    : new Journaled.InDoubt(call.call.function(), call.call.id())));
    return Optional.of(new ScriptReplay(run.start.now(), run.start.randomSeed(), journal));
  }

  @Override
  public synchronized boolean finish(UUID runId, ScriptResult result) {
    Objects.requireNonNull(result, "result");
    Run run = runs.get(runId);
    if (run == null || run.result != null) {
      return false;
    }
    run.result = result;
    return true;
  }

  @Override
  public synchronized List<ScriptRunStart> unfinished(Instant startedBefore, int max) {
    return runs.values().stream()
        .filter(run -> run.result == null && run.start.startedAt().isBefore(startedBefore))
        .map(run -> run.start)
        .sorted(
            Comparator.comparing(ScriptRunStart::startedAt)
                .thenComparing(start -> start.id().toString()))
        .limit(Math.max(0, max))
        .toList();
  }

  @Override
  public synchronized ScriptRunPage finished(
      Optional<ConnectionId> connection, Optional<ScriptRunCursor> after, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
    }
    List<ScriptRunRecord> page =
        runs.values().stream()
            .filter(run -> run.result != null)
            .filter(run -> connection.map(run.start.connectionId()::equals).orElse(true))
            .map(run -> new ScriptRunRecord(run.start, run.result))
            .filter(r -> after.map(a -> NEWEST_FIRST.compare(r.cursor(), a) > 0).orElse(true))
            .sorted(Comparator.comparing(ScriptRunRecord::cursor, NEWEST_FIRST))
            .limit(limit + 1L)
            .toList();
    if (page.size() <= limit) {
      return new ScriptRunPage(page, Optional.empty());
    }
    List<ScriptRunRecord> shown = page.subList(0, limit);
    return new ScriptRunPage(shown, Optional.of(shown.get(limit - 1).cursor()));
  }

  @Override
  public synchronized int purgeFinishedBefore(Instant startedBefore, int max) {
    List<UUID> purged =
        runs.values().stream()
            .filter(run -> run.result != null && run.start.startedAt().isBefore(startedBefore))
            .limit(Math.max(0, max))
            .map(run -> run.start.id())
            .toList();
    purged.forEach(runs::remove);
    return purged.size();
  }
}
