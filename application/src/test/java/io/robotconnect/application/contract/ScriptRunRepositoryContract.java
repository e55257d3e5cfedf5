package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptReplay.Journaled;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunCursor;
import io.robotconnect.application.port.out.script.ScriptRunPage;
import io.robotconnect.application.port.out.script.ScriptRunRecord;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScriptRunRepository} does. Tests use fresh connections and runs; each test that
 * reads across connections starts its runs in an era of its own, so that it can share a store.
 */
public abstract class ScriptRunRepositoryContract {
  private static final StepRef ACTION = new StepRef("robot_weather", "say_forecast");
  private static final StepRef QUERY = new StepRef("robot_weather", "list_robots");
  private static final UUID GREATEST_ID = new UUID(-1L, -1L);

  private ScriptRunRepository runs;

  protected abstract ScriptRunRepository scriptRunRepository();

  @BeforeEach
  void createRepository() {
    runs = scriptRunRepository();
  }

  private static ScriptRunStart newRun(ConnectionId connection, String event, Instant startedAt) {
    return new ScriptRunStart(
        UUID.randomUUID(),
        connection,
        "rain_alarm",
        new OwnerId("user-" + UUID.randomUUID()),
        Optional.of("uf-7"),
        event,
        startedAt,
        startedAt.minusMillis(3),
        ThreadLocalRandom.current().nextLong());
  }

  private static ScriptRunStart newRun(Instant startedAt) {
    return newRun(ConnectionFixtures.newConnectionId(), UUID.randomUUID().toString(), startedAt);
  }

  private static ScriptCall call(int sequence, ScriptFunction function, StepRef id) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("message", "Umbrella “today” ✓");
    fields.put("volume", 7);
    fields.put("ratio", 0.25);
    fields.put("rooms", List.of("kitchen", "hall"));
    fields.put("quiet", true);
    return new ScriptCall(
        sequence, function, id, Optional.of(Map.of("fields", fields, "user_feature_id", "uf-7")));
  }

  private static ScriptResult succeeded(Duration duration) {
    return new ScriptResult(
        new ScriptOutcome.Succeeded(), List.of(), List.of(), List.of(), duration);
  }

  /** Later than every other test's runs; runs on a shared database pick different ones. */
  private static Instant uniqueFutureInstant() {
    return Instant.parse("2100-01-01T00:00:00Z")
        .plusSeconds(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
  }

  @Test
  void aRedeliveredEvent_doesNotStartASecondRun_butTheSameEventOfAnotherConnectionDoes() {
    Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");
    ScriptRunStart first = newRun(at);
    ScriptRunStart again = newRun(first.connectionId(), first.firedEventId(), at.plusSeconds(5));
    ScriptRunStart otherConnection =
        newRun(ConnectionFixtures.newConnectionId(), first.firedEventId(), at);

    assertThat(runs.start(first)).isEqualTo(first);
    assertThat(runs.start(again)).isEqualTo(first);
    assertThat(runs.start(otherConnection)).isEqualTo(otherConnection);
    assertThat(runs.replay(again.id())).isEmpty();
    assertThat(runs.replay(first.id())).contains(first.firstAttempt());
  }

  @Test
  void journaledCalls_replayWithTheirResults_andACallSentWithoutOneIsInDoubt() {
    ScriptRunStart run = newRun(Instant.parse("2026-03-02T08:00:00.000001Z"));
    runs.start(run);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("data", List.of(Map.of("id", "r-1", "name", "Kitchen"), Map.of("id", "r-2")));
    answer.put("cursor", null);
    answer.put("count", 2);
    answer.put("flags", Arrays.asList(true, null, 1.5, -7, "x"));
    ScriptCallResponse response = new ScriptCallResponse(200, answer);

    assertThat(runs.journalSent(run.id(), call(1, ScriptFunction.PERFORM_QUERY, QUERY))).isTrue();
    assertThat(runs.journalAnswered(run.id(), 1, response)).isTrue();
    assertThat(runs.journalSent(run.id(), call(2, ScriptFunction.RUN_ACTION, ACTION))).isTrue();
    assertThat(runs.journalUnreachable(run.id(), 2, "connection refused: api.ifttt.com")).isTrue();
    assertThat(runs.journalSent(run.id(), call(3, ScriptFunction.RUN_ACTION, ACTION))).isTrue();
    assertThat(runs.journalSent(run.id(), call(4, ScriptFunction.RUN_ACTION, ACTION))).isTrue();
    assertThat(runs.journalAnswered(run.id(), 4, new ScriptCallResponse(204, null))).isTrue();

    assertThat(runs.replay(run.id()))
        .contains(
            new ScriptReplay(
                run.now(),
                run.randomSeed(),
                Map.of(
                    1, new Journaled.Answered(ScriptFunction.PERFORM_QUERY, QUERY, response),
                    2,
                        new Journaled.Unreachable(
                            ScriptFunction.RUN_ACTION, ACTION, "connection refused: api.ifttt.com"),
                    3, new Journaled.InDoubt(ScriptFunction.RUN_ACTION, ACTION),
                    4,
                        new Journaled.Answered(
                            ScriptFunction.RUN_ACTION,
                            ACTION,
                            new ScriptCallResponse(204, null)))));
  }

  @Test
  void aCall_isJournaledOnce_andItsResultOnce() {
    ScriptRunStart run = newRun(Instant.parse("2026-03-03T08:00:00Z"));
    runs.start(run);
    ScriptCallResponse first = new ScriptCallResponse(201, Map.of("ok", true));

    assertThat(runs.journalAnswered(run.id(), 1, first)).as("not sent yet").isFalse();
    assertThat(runs.journalSent(run.id(), call(1, ScriptFunction.RUN_ACTION, ACTION))).isTrue();
    assertThat(runs.journalSent(run.id(), call(1, ScriptFunction.PERFORM_QUERY, QUERY))).isFalse();
    assertThat(runs.journalAnswered(run.id(), 1, first)).isTrue();
    assertThat(runs.journalAnswered(run.id(), 1, new ScriptCallResponse(500, "x"))).isFalse();
    assertThat(runs.journalUnreachable(run.id(), 1, "timed out")).isFalse();

    assertThat(runs.replay(run.id()).orElseThrow().journal())
        .containsExactlyEntriesOf(
            Map.of(1, new Journaled.Answered(ScriptFunction.RUN_ACTION, ACTION, first)));
  }

  @Test
  void nothingIsJournaled_forAnUnknownRun_orOneThatEnded() {
    ScriptRunStart run = newRun(Instant.parse("2026-03-04T08:00:00Z"));
    runs.start(run);
    runs.finish(run.id(), succeeded(Duration.ofMillis(4)));
    UUID unknown = UUID.randomUUID();

    assertThat(runs.journalSent(unknown, call(1, ScriptFunction.RUN_ACTION, ACTION))).isFalse();
    assertThat(runs.journalSent(run.id(), call(1, ScriptFunction.RUN_ACTION, ACTION))).isFalse();
    assertThat(runs.journalAnswered(unknown, 1, new ScriptCallResponse(200, null))).isFalse();
    assertThat(runs.replay(unknown)).isEmpty();
    assertThat(runs.replay(run.id()).orElseThrow().journal()).isEmpty();
  }

  @Test
  void anUnreachableMessage_thatTheReplayCouldNotHold_isRefused() {
    ScriptRunStart run = newRun(Instant.parse("2026-03-05T08:00:00Z"));
    runs.start(run);
    runs.journalSent(run.id(), call(1, ScriptFunction.RUN_ACTION, ACTION));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> runs.journalUnreachable(run.id(), 1, "line one\nline two"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> runs.journalUnreachable(run.id(), 1, " "));
    assertThat(runs.replay(run.id()).orElseThrow().journal().get(1))
        .isEqualTo(new Journaled.InDoubt(ScriptFunction.RUN_ACTION, ACTION));
  }

  @Test
  void aFinishedRun_isListedWithItsWholeResult_andFinishesOnce() {
    Instant at = uniqueFutureInstant();
    ScriptRunStart failed = newRun(at);
    ScriptRunStart limited = newRun(failed.connectionId(), "event-2", at.plusMillis(1));
    ScriptRunStart bare =
        new ScriptRunStart(
            UUID.randomUUID(),
            failed.connectionId(),
            "rain_alarm",
            new OwnerId("user-9"),
            Optional.empty(),
            "event-3",
            at.plusMillis(2),
            at.plusMillis(2),
            -42L);
    List.of(failed, limited, bare).forEach(runs::start);
    ScriptResult failure =
        new ScriptResult(
            new ScriptOutcome.Failed("TypeError: cannot read \"x\" of undefined", Optional.of(12)),
            List.of("unknown time zone Atlantis; UTC used"),
            List.of(
                new ScriptCallRecord(
                    1,
                    ScriptFunction.PERFORM_QUERY,
                    QUERY,
                    Optional.of(200),
                    Duration.ofNanos(3_456_789),
                    false),
                new ScriptCallRecord(
                    2, ScriptFunction.RUN_ACTION, ACTION, Optional.empty(), Duration.ZERO, true)),
            List.of("found 2 robots", "", "ünïcode ✓ \"quoted\"\nsecond line"),
            Duration.ofNanos(12_345_678));
    ScriptResult overLimit =
        new ScriptResult(
            new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CALLS),
            List.of(),
            List.of(),
            List.of(),
            Duration.ofMillis(40));
    ScriptResult timedOut =
        new ScriptResult(
            new ScriptOutcome.TimedOut(), List.of(), List.of(), List.of(), Duration.ofSeconds(10));

    assertThat(runs.finished(Optional.of(failed.connectionId()), Optional.empty(), 10).runs())
        .as("not finished yet")
        .isEmpty();
    assertThat(runs.finish(failed.id(), failure)).isTrue();
    assertThat(runs.finish(failed.id(), succeeded(Duration.ZERO))).isFalse();
    assertThat(runs.finish(limited.id(), overLimit)).isTrue();
    assertThat(runs.finish(bare.id(), timedOut)).isTrue();
    assertThat(runs.finish(UUID.randomUUID(), timedOut)).isFalse();

    ScriptRunPage page = runs.finished(Optional.of(failed.connectionId()), Optional.empty(), 10);

    assertThat(page.runs())
        .containsExactly(
            new ScriptRunRecord(bare, timedOut),
            new ScriptRunRecord(limited, overLimit),
            new ScriptRunRecord(failed, failure));
    assertThat(page.next()).isEmpty();
  }

  @Test
  void finishedRuns_pageNewestFirst_withoutRepeatsOrGaps_evenAtOneInstant() {
    Instant at = uniqueFutureInstant();
    ConnectionId connection = ConnectionFixtures.newConnectionId();
    List<ScriptRunStart> started = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ScriptRunStart run = newRun(connection, "event-" + i, at.plusMillis(i < 4 ? 0 : i));
      started.add(run);
      runs.start(run);
      runs.finish(run.id(), succeeded(Duration.ofMillis(i)));
    }
    ScriptRunStart unfinished = newRun(connection, "event-x", at.plusMillis(3));
    runs.start(unfinished);
    ScriptRunStart elsewhere = newRun(at.plusMillis(2));
    runs.start(elsewhere);
    runs.finish(elsewhere.id(), succeeded(Duration.ZERO));
    // newest first; at one instant the greater id first, as the databases order a uuid
    List<UUID> expected = new ArrayList<>(started.stream().map(ScriptRunStart::id).toList());
    List<UUID> sameInstant = new ArrayList<>(expected.subList(0, 4));
    sameInstant.sort((a, b) -> b.toString().compareTo(a.toString()));
    List<UUID> later = new ArrayList<>(expected.subList(4, 7));
    Collections.reverse(later);
    expected = new ArrayList<>(later);
    expected.addAll(sameInstant);

    List<UUID> seen = new ArrayList<>();
    Optional<ScriptRunCursor> after = Optional.empty();
    int pages = 0;
    do {
      ScriptRunPage page = runs.finished(Optional.of(connection), after, 2);
      assertThat(page.runs()).hasSizeLessThanOrEqualTo(2);
      page.runs().forEach(r -> seen.add(r.start().id()));
      after = page.next();
      pages++;
    } while (after.isPresent() && pages < 10);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(4);
    List<UUID> allConnections =
        runs
            .finished(
                Optional.empty(),
                Optional.of(new ScriptRunCursor(at.plusSeconds(1), GREATEST_ID)),
                100)
            .runs()
            .stream()
            .map(r -> r.start().id())
            .limit(8)
            .toList();
    List<UUID> newestOfAll = new ArrayList<>(expected.subList(0, 3));
    newestOfAll.add(elsewhere.id());
    newestOfAll.addAll(expected.subList(3, 7));
    assertThat(allConnections).containsExactlyElementsOf(newestOfAll);
  }

  @Test
  void aPageLimit_outside1To100_isRefused() {
    for (int limit : new int[] {0, -1, 101}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> runs.finished(Optional.empty(), Optional.empty(), limit));
    }
    assertThat(
            runs.finished(Optional.of(ConnectionFixtures.newConnectionId()), Optional.empty(), 100)
                .runs())
        .isEmpty();
  }

  @Test
  void unfinishedRuns_startedBeforeABound_areListedOldestFirst_upToTheMost() {
    // an era of this test's own, so that in a shared store the bound reaches only its runs
    Instant era = Instant.parse("1980-01-01T00:00:00Z");
    ScriptRunStart oldest = newRun(era);
    ScriptRunStart middle = newRun(era.plusSeconds(1));
    ScriptRunStart newest = newRun(era.plusSeconds(2));
    ScriptRunStart ended = newRun(era.plusMillis(500));
    ScriptRunStart atTheBound = newRun(era.plusSeconds(3));
    List.of(newest, atTheBound, oldest, ended, middle).forEach(runs::start);
    runs.finish(ended.id(), succeeded(Duration.ofMillis(1)));
    Instant bound = era.plusSeconds(3);

    assertThat(runs.unfinished(bound, 10)).containsExactly(oldest, middle, newest);
    assertThat(runs.unfinished(bound, 2)).containsExactly(oldest, middle);
    assertThat(runs.unfinished(era, 10)).isEmpty();
  }

  @Test
  void purgeFinishedBefore_deletesEndedRunsWithTheirJournals_inBatches_butKeepsTheRest() {
    // before every other test's runs, so that in a shared store the bound reaches only this test's
    Instant bound = Instant.parse("1960-06-01T00:00:00Z");
    ScriptRunStart old1 = newRun(bound.minusSeconds(100));
    ScriptRunStart old2 = newRun(bound.minusNanos(1_000));
    ScriptRunStart oldUnfinished = newRun(bound.minusSeconds(50));
    ScriptRunStart atTheBound = newRun(bound);
    for (ScriptRunStart run : Arrays.asList(old1, old2, oldUnfinished, atTheBound)) {
      runs.start(run);
      runs.journalSent(run.id(), call(1, ScriptFunction.RUN_ACTION, ACTION));
      runs.journalAnswered(run.id(), 1, new ScriptCallResponse(200, Map.of()));
    }
    for (ScriptRunStart run : List.of(old1, old2, atTheBound)) {
      runs.finish(run.id(), succeeded(Duration.ofMillis(2)));
    }

    int purged = 0;
    for (int batch = runs.purgeFinishedBefore(bound, 1);
        batch > 0;
        batch = runs.purgeFinishedBefore(bound, 1)) {
      assertThat(batch).isEqualTo(1);
      purged += batch;
    }

    assertThat(purged).isEqualTo(2);
    assertThat(runs.replay(old1.id())).isEmpty();
    assertThat(runs.replay(old2.id())).isEmpty();
    assertThat(runs.replay(oldUnfinished.id()).orElseThrow().journal()).hasSize(1);
    assertThat(runs.replay(atTheBound.id()).orElseThrow().journal()).hasSize(1);
    assertThat(runs.start(newRun(old1.connectionId(), old1.firedEventId(), bound)))
        .as("forgotten, so a new run")
        .isNotEqualTo(old1);
    assertThat(runs.purgeFinishedBefore(bound, 0)).isZero();
  }
}
