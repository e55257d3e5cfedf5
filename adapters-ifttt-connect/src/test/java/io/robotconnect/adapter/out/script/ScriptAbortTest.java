package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptRunAbortedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A run stopped by something outside its script is no outcome: the caller may resume it. */
class ScriptAbortTest {

  @Test
  void aFailureOfTheCallsPort_abortsTheRun_withThatFailure() {
    IllegalStateException journalDown = new IllegalStateException("journal unavailable");
    FakeCalls calls =
        new FakeCalls(
            call -> {
              throw journalDown;
            });

    assertThatThrownBy(
            () ->
                Scripts.run(
                    Scripts.shared(),
                    "await runAction('sms.send_me_text'); while (true) {}",
                    calls))
        .isInstanceOf(ScriptRunAbortedException.class)
        .hasCause(journalDown);
  }

  @Test
  void interruptingTheRunsThread_abortsTheRun_andKeepsTheInterrupt() throws Exception {
    CountDownLatch calling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FakeCalls calls =
        new FakeCalls(
            call -> {
              calling.countDown();
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return null;
            });
    AtomicReference<Thread> runner = new AtomicReference<>();
    CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                Scripts.run(Scripts.shared(), "await runAction('sms.send_me_text');", calls);
                interruptKept.completeExceptionally(new AssertionError("the run was not aborted"));
              } catch (ScriptRunAbortedException e) {
                interruptKept.complete(Thread.currentThread().isInterrupted());
              }
            });
    runner.set(thread);
    try {
      thread.start();
      assertThat(calling.await(30, TimeUnit.SECONDS)).isTrue();
      thread.interrupt();

      assertThat(interruptKept.get(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
    }

    assertThat(Scripts.run("console.log('next');").outcome())
        .isEqualTo(new ScriptOutcome.Succeeded());
  }
}
