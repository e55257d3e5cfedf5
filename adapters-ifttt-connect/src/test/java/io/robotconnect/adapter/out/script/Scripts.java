package io.robotconnect.adapter.out.script;

import io.robotconnect.adapter.out.connect.TestJson;
import io.robotconnect.application.port.out.script.ScriptCalls;
import io.robotconnect.application.port.out.script.ScriptIds;
import io.robotconnect.application.port.out.script.ScriptInput;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRuntime;
import io.robotconnect.application.port.out.script.ScriptSource;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds what the tests run: scripts, inputs, replays, and runtimes with short limits. */
final class Scripts {
  static final Instant NOW = Instant.parse("2026-03-14T15:09:26.535Z");
  static final long SEED = 42;
  static final ScriptIds IDS =
      new ScriptIds(
          Set.of(StepRef.parse("sms.send_me_text"), StepRef.parse("robot.play_animation")),
          Set.of(StepRef.parse("youtube.get_videos_from_search")));

  private Scripts() {}

  /** A script that goes through every part of a run once, to warm a runtime up. */
  static final String WARM_UP =
      "const r = await performQuery('youtube.get_videos_from_search');"
          + " await runAction('sms.send_me_text', { fields: { n: r.statusCode } });"
          + " console.log(Meta.currentUserTime.format(), Math.random());";

  /** The wall time of {@link #quickRuntime()}. */
  static final Duration QUICK_WALL_TIME = Duration.ofSeconds(1);

  private static RuntimeScripts.Handle shared;

  /**
   * One runtime with the default limits for the tests that do not stop runs on time (starting an
   * engine takes a while); it lives as long as the test JVM.
   */
  static synchronized ScriptRuntime shared() {
    if (shared == null) {
      shared = RuntimeScripts.runtime(ScriptLimits.DEFAULTS, TestJson.mapper());
    }
    return shared.port();
  }

  /** A runtime whose wall time is short, so that tests of stopped runs are quick. */
  static RuntimeScripts.Handle quickRuntime() {
    return RuntimeScripts.runtime(
        ScriptLimits.DEFAULTS.withWallTime(QUICK_WALL_TIME), TestJson.mapper());
  }

  static ScriptSource source(String text) {
    return new ScriptSource("rain-alarm.js", text);
  }

  static ScriptInput input() {
    return input(Optional.of("Pacific Time (US & Canada)"));
  }

  static ScriptInput input(Optional<String> timeZone) {
    return new ScriptInput(
        new ScriptInput.Trigger(
            StepRef.parse("youtube.new_liked_video"),
            Map.of("title", "Hello World!", "url", "https://youtu.be/x")),
        new ScriptInput.Connection(
            new OwnerId("UCr9jxQ3llSDks"),
            "yp6zrl2tpd",
            Optional.of("f98de900-fe18-4fd2-b42b-422761d030a9"),
            Map.of("foo", "bar", "lights", java.util.List.of("hall", "kitchen"))),
        timeZone,
        IDS);
  }

  static ScriptReplay firstAttempt() {
    return ScriptReplay.firstAttempt(NOW, SEED);
  }

  static ScriptResult run(ScriptRuntime runtime, String text, ScriptCalls calls) {
    return runtime.run(source(text), input(), calls, firstAttempt());
  }

  /** Runs on the shared runtime with calls answered at once. */
  static ScriptResult run(String text) {
    return run(shared(), text, new FakeCalls());
  }
}
