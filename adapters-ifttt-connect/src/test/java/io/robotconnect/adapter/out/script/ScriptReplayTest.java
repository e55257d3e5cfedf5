package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.domain.connection.StepRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A resumed run sees what its first attempt saw, and sends nothing that was answered. */
class ScriptReplayTest {
  private static final StepRef QUERY = StepRef.parse("youtube.get_videos_from_search");
  private static final StepRef SMS = StepRef.parse("sms.send_me_text");
  private static final ScriptCallResponse TWO_VIDEOS =
      new ScriptCallResponse(
          200,
          Map.of(
              "data",
              List.of(
                  Map.of("title", "One", "url", "https://youtu.be/1"),
                  Map.of("title", "Two", "url", "https://youtu.be/2"))));

  private static ScriptResult run(String text, FakeCalls calls, ScriptReplay replay) {
    return Scripts.shared().run(Scripts.source(text), Scripts.input(), calls, replay);
  }

  @Test
  void theClockAndRandomness_replayTheFirstAttempt() {
    String script =
        """
        const start = Date.now();
        for (let i = 0; i < 20000; i++) {}
        console.log(start, Date.now() - start, new Date().toISOString(), Date());
        console.log(Meta.currentUserTime.valueOf(), moment().valueOf());
        console.log(Math.random(), Math.random());
        console.log(new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "short" }).format());
        """;
    Instant firstStart = Instant.parse("2025-12-24T18:30:00.250Z");

    ScriptResult first = run(script, new FakeCalls(), ScriptReplay.firstAttempt(firstStart, 7));
    ScriptResult again = run(script, new FakeCalls(), ScriptReplay.firstAttempt(firstStart, 7));
    ScriptResult otherSeed = run(script, new FakeCalls(), ScriptReplay.firstAttempt(firstStart, 8));

    assertThat(first.console().get(0))
        .isEqualTo(
            "1766601000250 0 2025-12-24T18:30:00.250Z Wed Dec 24 2025 18:30:00 GMT+0000 (GMT)");
    assertThat(first.console().get(1)).isEqualTo("1766601000250 1766601000250");
    assertThat(first.console().get(3)).isEqualTo("12/24/25");
    assertThat(again.console()).isEqualTo(first.console());
    assertThat(otherSeed.console().get(2)).isNotEqualTo(first.console().get(2));
    String[] randoms = first.console().get(2).split(" ");
    assertThat(Double.parseDouble(randoms[0]))
        .isBetween(0.0, 1.0)
        .isNotEqualTo(Double.parseDouble(randoms[1]));
  }

  @Test
  void aJournaledAnswer_isReplayed_andOnlyTheRestIsSent() {
    FakeCalls calls = new FakeCalls();
    ScriptReplay resumed =
        new ScriptReplay(
            Scripts.NOW,
            Scripts.SEED,
            Map.of(
                1,
                    new ScriptReplay.Journaled.Answered(
                        ScriptFunction.PERFORM_QUERY, QUERY, TWO_VIDEOS),
                2,
                    new ScriptReplay.Journaled.Answered(
                        ScriptFunction.RUN_ACTION, SMS, new ScriptCallResponse(204, null))));

    ScriptResult result = run(SeedExampleScriptTest.SEED_SCRIPT, calls, resumed);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(calls.sent())
        .extracting(ScriptCall::sequence, call -> call.body().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3, Map.of("fields", Map.of("message", "Two https://youtu.be/2"))));
    assertThat(result.calls())
        .extracting(ScriptCallRecord::sequence, ScriptCallRecord::replayed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, true),
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(3, false));
  }

  @Test
  void aJournaledUnreachableCall_rejectsAgain_withoutBeingSent() {
    FakeCalls calls = new FakeCalls();
    ScriptReplay resumed =
        new ScriptReplay(
            Scripts.NOW,
            Scripts.SEED,
            Map.of(
                1,
                new ScriptReplay.Journaled.Unreachable(ScriptFunction.RUN_ACTION, SMS, "reset")));

    ScriptResult result =
        run(
            "await runAction('sms.send_me_text').catch((e) => console.log(e.message));",
            calls,
            resumed);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("reset");
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void aCallInDoubt_isNotSentAgain_andFailsTheRunNamingIt() {
    FakeCalls calls = new FakeCalls();
    ScriptReplay resumed =
        new ScriptReplay(
            Scripts.NOW,
            Scripts.SEED,
            Map.of(
                1,
                    new ScriptReplay.Journaled.Answered(
                        ScriptFunction.PERFORM_QUERY, QUERY, TWO_VIDEOS),
                2, new ScriptReplay.Journaled.InDoubt(ScriptFunction.RUN_ACTION, SMS)));

    ScriptResult result = run(SeedExampleScriptTest.SEED_SCRIPT, calls, resumed);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "call 2 runAction(\"sms.send_me_text\") was in flight when the run's last attempt"
                    + " stopped: it is in doubt, and is not sent again",
                Optional.empty()));
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void aScriptThatMakesOtherCallsOnReplay_failsInsteadOfSending() {
    FakeCalls calls = new FakeCalls();
    ScriptReplay resumed =
        new ScriptReplay(
            Scripts.NOW,
            Scripts.SEED,
            Map.of(
                1,
                new ScriptReplay.Journaled.Answered(
                    ScriptFunction.RUN_ACTION, SMS, new ScriptCallResponse(204, null))));

    ScriptResult result =
        run("await performQuery('youtube.get_videos_from_search');", calls, resumed);

    assertThat(result.outcome()).isInstanceOf(ScriptOutcome.Failed.class);
    assertThat(((ScriptOutcome.Failed) result.outcome()).message())
        .contains("does not replay the same calls");
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void answersArrivingInAnotherOrder_makeTheSameCallsInTheSameOrder() {
    String script =
        """
        const a = performQuery("youtube.get_videos_from_search", { fields: { q: "a" } });
        const b = performQuery("youtube.get_videos_from_search", { fields: { q: "b" } });
        b.then(() => runAction("sms.send_me_text", { fields: { message: "b" } }));
        a.then(() => runAction("sms.send_me_text", { fields: { message: "a" } }));
        """;
    FakeCalls firstSlow =
        new FakeCalls(
            call -> {
              ScriptApiTest.sleep(Duration.ofMillis(call.sequence() == 1 ? 200 : 0));
              return null;
            });
    FakeCalls secondSlow =
        new FakeCalls(
            call -> {
              ScriptApiTest.sleep(Duration.ofMillis(call.sequence() == 2 ? 200 : 0));
              return null;
            });

    run(script, firstSlow, Scripts.firstAttempt());
    run(script, secondSlow, Scripts.firstAttempt());

    assertThat(bySequence(firstSlow)).isEqualTo(bySequence(secondSlow));
    assertThat(bySequence(firstSlow)).hasSize(4);
  }

  private static List<String> bySequence(FakeCalls calls) {
    return calls.sent().stream()
        .sorted(java.util.Comparator.comparingInt(ScriptCall::sequence))
        .map(call -> call.sequence() + " " + call.id() + " " + call.body().orElseThrow())
        .toList();
  }
}
