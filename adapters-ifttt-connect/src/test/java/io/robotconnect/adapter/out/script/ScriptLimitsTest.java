package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each limit of a run stops it, alone: the runtime goes on serving other runs. */
class ScriptLimitsTest {
  /** Scheduling on a busy machine; a stopped run still ends well within it. */
  private static final Duration SLACK = Duration.ofSeconds(2);

  private static RuntimeScripts.Handle quick;

  @BeforeAll
  static void start() {
    quick = Scripts.quickRuntime();
    // a cold JVM runs the first scripts slowly; the tests measure runs, not the JIT
    for (int i = 0; i < 3; i++) {
      Scripts.run(quick.port(), Scripts.WARM_UP, new FakeCalls());
    }
  }

  @AfterAll
  static void stop() throws Exception {
    quick.close();
  }

  private static ScriptRuntime runtime() {
    return quick.port();
  }

  @Test
  void theDefaults_areIftttsTenSecondsAnd64MbAnd100CallsAnd64KbOfConsole() {
    assertThat(ScriptLimits.DEFAULTS)
        .isEqualTo(new ScriptLimits(Duration.ofSeconds(10), 64L << 20, 100, 64 << 10));
  }

  @Test
  void anEndlessLoop_isStoppedAtTheWallTime() {
    ScriptResult result = Scripts.run(runtime(), "while (true) {}", new FakeCalls());

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.TimedOut());
    assertThat(result.duration())
        .isBetween(Scripts.QUICK_WALL_TIME, Scripts.QUICK_WALL_TIME.plus(SLACK));
  }

  @Test
  void aCatastrophicRegex_isStoppedAtTheWallTime() {
    ScriptResult result =
        Scripts.run(
            runtime(),
            "/^(a+)+\\1$/.test('a'.repeat(64) + 'b'); console.log('done');",
            new FakeCalls());

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.TimedOut());
    assertThat(result.console()).isEmpty();
  }

  @Test
  void awaitingACallThatNeverAnswers_isStoppedAtTheWallTime() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    FakeCalls calls =
        new FakeCalls(
            call -> {
              await(never);
              return null;
            });
    try {
      ScriptResult result =
          Scripts.run(
              runtime(), "await runAction('sms.send_me_text'); console.log('answered');", calls);

      assertThat(result.outcome()).isEqualTo(new ScriptOutcome.TimedOut());
      assertThat(result.duration())
          .isBetween(Scripts.QUICK_WALL_TIME, Scripts.QUICK_WALL_TIME.plus(SLACK));
      assertThat(result.console()).isEmpty();
      assertThat(result.calls())
          .singleElement()
          .satisfies(c -> assertThat(c.statusCode()).isEmpty());
    } finally {
      never.countDown();
    }
  }

  @Test
  void aPromiseThatNeverSettles_withNoCallInFlight_endsTheRunAtOnce() {
    ScriptResult result =
        Scripts.run(
            runtime(),
            "console.log('waiting'); await new Promise(() => {}); console.log('never');",
            new FakeCalls());

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("waiting");
    assertThat(result.duration()).isLessThan(Scripts.QUICK_WALL_TIME);
  }

  @Test
  void allocatingWithoutEnd_exceedsTheAllocationLimit() {
    ScriptResult result =
        Scripts.run(
            runtime(),
            "const kept = []; while (true) { kept.push(new Float64Array(1 << 17)); }",
            new FakeCalls());

    assertThat(result.outcome())
        .isEqualTo(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.ALLOCATION));
    assertThat(result.duration()).isLessThan(Scripts.QUICK_WALL_TIME);
  }

  @Test
  void oneHugeAllocation_exceedsTheAllocationLimitAtOnce() {
    ScriptResult result =
        Scripts.run(
            runtime(),
            "try { new Uint8Array(1024 * 1024 * 1024); } catch (e) { console.log('caught'); }",
            new FakeCalls());

    assertThat(result.outcome())
        .isEqualTo(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.ALLOCATION));
    assertThat(result.console()).isEmpty();
  }

  @Test
  void theHundredAndFirstCall_exceedsTheCallLimit_andIsNotSent() {
    FakeCalls calls = new FakeCalls();

    ScriptResult result =
        Scripts.run(
            runtime(),
            "for (let i = 0; i < 1000; i++) { runAction('sms.send_me_text', { fields: { n: i } }); }",
            calls);

    assertThat(result.outcome())
        .isEqualTo(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CALLS));
    // the calls made before are sent unless the run ended before their turn came
    assertThat(calls.sent()).hasSizeLessThanOrEqualTo(100);
    assertThat(calls.sent())
        .allSatisfy(call -> assertThat(call.sequence()).isLessThanOrEqualTo(100));
    assertThat(calls.sent().stream().map(ScriptCall::sequence).toList())
        .isSubsetOf(result.calls().stream().map(ScriptCallRecord::sequence).toList());
  }

  @Test
  void writingMoreThan64KbToTheConsole_exceedsTheConsoleLimit() {
    ScriptResult result =
        Scripts.run(
            runtime(),
            "for (let i = 0; i < 100; i++) { console.log(i + ' ' + 'x'.repeat(1000)); }",
            new FakeCalls());

    assertThat(result.outcome())
        .isEqualTo(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CONSOLE));
    int bytes =
        result.console().stream()
            .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length + 1)
            .sum();
    assertThat(bytes).isLessThanOrEqualTo(64 * 1024);
    assertThat(result.console()).hasSizeGreaterThan(60);
  }

  @Test
  void afterARunIsStopped_theRuntimeServesTheNextOne() {
    Scripts.run(runtime(), "while (true) {}", new FakeCalls());

    ScriptResult next = Scripts.run(runtime(), "console.log('still here');", new FakeCalls());

    assertThat(next.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(next.console()).containsExactly("still here");
  }

  @Test
  void theDefaultRuntime_stopsAnEndlessLoopAtTenSeconds() {
    ScriptResult result = Scripts.run(Scripts.shared(), "for (;;) {}", new FakeCalls());

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.TimedOut());
    assertThat(result.duration())
        .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(10).plus(SLACK));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
