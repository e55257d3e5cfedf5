package io.robotconnect.adapter.out.script;

import io.robotconnect.adapter.out.connect.TestJson;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Script overhead, from the engine's entry to the run's end, for a 10-line async script whose calls
 * the Connect API answers at once: p50 and p99 one run at a time, then runs per second with 8 side
 * by side. Not in {@code mvn verify} (its name does not end in Test): {@code scripts/benchmark.sh
 * script-engine [-- -Dbenchmark.runs=2000 -Dbenchmark.warmup=3000]}.
 */
class ScriptBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(ScriptBenchmark.class);

  static final String SCRIPT =
      """
      const title = Trigger.ingredients.title;
      const found = await performQuery("youtube.get_videos_from_search", { fields: { search_query: title }, limit: 3 });
      const videos = found.responseBody.data;
      for (const video of videos) {
        await runAction("sms.send_me_text", { fields: { message: `${video.title} ${video.url}` } });
      }
      if (videos.length === 0) {
        console.log(`nothing like ${title}`);
      }
      console.log(`sent ${videos.length} texts at ${Meta.currentUserTime.format("HH:mm")}`);
      """;

  static final String SCRIPT_WITHOUT_MOMENT =
      SCRIPT.replace(" at ${Meta.currentUserTime.format(\"HH:mm\")}", "");

  @org.junit.jupiter.api.Test
  void scriptOverhead() throws Exception {
    int runs = Integer.getInteger("benchmark.runs", 2000);
    int warmUp = Integer.getInteger("benchmark.warmup", 3000);
    FakeCalls calls =
        FakeCalls.answering(
            Map.of(
                "youtube.get_videos_from_search",
                new ScriptCallResponse(
                    200,
                    Map.of(
                        "data",
                        List.of(
                            Map.of("title", "One", "url", "https://youtu.be/1"),
                            Map.of("title", "Two", "url", "https://youtu.be/2"))))));
    try (RuntimeScripts.Handle handle =
        RuntimeScripts.runtime(ScriptLimits.DEFAULTS, TestJson.mapper())) {
      ScriptRuntime runtime = handle.port();
      for (String[] script :
          new String[][] {
            {"with Meta.currentUserTime", SCRIPT}, {"without moment", SCRIPT_WITHOUT_MOMENT}
          }) {
        long warmStart = System.nanoTime();
        runSequentially(runtime, script[1], calls, warmUp);
        LOG.info(
            "{}: {} warm-up runs in {} s",
            script[0],
            warmUp,
            String.format("%.1f", (System.nanoTime() - warmStart) / 1e9));
        long[] sequential = runSequentially(runtime, script[1], calls, runs);
        LOG.info("  one at a time: {}", percentiles(sequential));
        long start = System.nanoTime();
        long[] parallel = runInParallel(runtime, script[1], calls, runs, 8);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info(
            "  8 side by side: {} runs/s, {}",
            String.format("%.0f", runs / seconds),
            percentiles(parallel));
      }
    }
  }

  private static long[] runSequentially(
      ScriptRuntime runtime, String script, FakeCalls calls, int runs) {
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      nanos[i] = timedRun(runtime, script, calls);
    }
    return nanos;
  }

  private static long[] runInParallel(
      ScriptRuntime runtime, String script, FakeCalls calls, int runs, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        futures.add(pool.submit(() -> timedRun(runtime, script, calls)));
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        nanos[i] = futures.get(i).get();
      }
      return nanos;
    } finally {
      pool.shutdown();
    }
  }

  private static long timedRun(ScriptRuntime runtime, String script, FakeCalls calls) {
    long start = System.nanoTime();
    ScriptResult result = Scripts.run(runtime, script, calls);
    long took = System.nanoTime() - start;
    if (!(result.outcome() instanceof ScriptOutcome.Succeeded) || result.calls().size() != 3) {
      throw new IllegalStateException("the benchmark's script did not run as intended: " + result);
    }
    return took;
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }
}
