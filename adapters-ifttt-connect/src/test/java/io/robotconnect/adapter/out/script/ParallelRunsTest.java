package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.out.connect.TestJson;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptInput;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRuntime;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs side by side keep to themselves, one stopped run included. */
class ParallelRunsTest {

  @Test
  void eightRunsSideBySide_eachSeeItsOwnInputAndMakeItsOwnCalls() throws Exception {
    try (RuntimeScripts.Handle handle =
        RuntimeScripts.runtime(
            ScriptLimits.DEFAULTS.withWallTime(Duration.ofSeconds(3)), TestJson.mapper())) {
      for (int i = 0; i < 3; i++) {
        Scripts.run(handle.port(), Scripts.WARM_UP, new FakeCalls());
      }
      runSideBySide(handle.port());
    }
  }

  private static void runSideBySide(ScriptRuntime runtime) throws Exception {
    String script =
        """
        globalThis.mine = Connection.serviceUserId;
        const { responseBody } = await performQuery("youtube.get_videos_from_search", { fields: { who: mine } });
        for (let i = 0; i < 3; i++) {
          await runAction("sms.send_me_text", { fields: { message: `${mine} ${responseBody.echo} ${i}` } });
        }
        if (Connection.serviceUserId === "owner-7") { while (true) {} }
        console.log(mine, Trigger.ingredients.n);
        """;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<FakeCalls> calls = new ArrayList<>();
      List<Future<ScriptResult>> runs = new ArrayList<>();
      for (int n = 0; n < 8; n++) {
        FakeCalls own =
            new FakeCalls(
                call ->
                    call.function().jsName().equals("performQuery")
                        ? new ScriptCallResponse(
                            200,
                            Map.of(
                                "echo",
                                ((Map<?, ?>) call.body().orElseThrow().get("fields")).get("who")))
                        : null);
        calls.add(own);
        ScriptInput input = inputOf(n);
        runs.add(
            pool.submit(
                () -> runtime.run(Scripts.source(script), input, own, Scripts.firstAttempt())));
      }
      for (int n = 0; n < 8; n++) {
        ScriptResult result = runs.get(n).get();
        String owner = "owner-" + n;
        if (n == 7) {
          assertThat(result.outcome()).isEqualTo(new ScriptOutcome.TimedOut());
        } else {
          assertThat(result.outcome()).as(owner).isEqualTo(new ScriptOutcome.Succeeded());
          assertThat(result.console()).containsExactly(owner + " " + n);
        }
        assertThat(calls.get(n).sent())
            .extracting(call -> String.valueOf(call.body().orElseThrow().get("fields")))
            .containsExactly(
                "{who=" + owner + "}",
                "{message=" + owner + " " + owner + " 0}",
                "{message=" + owner + " " + owner + " 1}",
                "{message=" + owner + " " + owner + " 2}");
      }
    } finally {
      pool.shutdown();
    }
  }

  private static ScriptInput inputOf(int n) {
    return new ScriptInput(
        new ScriptInput.Trigger(
            StepRef.parse("youtube.new_liked_video"), Map.of("n", String.valueOf(n))),
        new ScriptInput.Connection(
            new OwnerId("owner-" + n), "yp6zrl2tpd", Optional.empty(), Map.of()),
        Optional.of("UTC"),
        Scripts.IDS);
  }
}
