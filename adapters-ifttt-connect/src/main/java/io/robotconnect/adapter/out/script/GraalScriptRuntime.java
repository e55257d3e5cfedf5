package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.script.ScriptCalls;
import io.robotconnect.application.port.out.script.ScriptIds;
import io.robotconnect.application.port.out.script.ScriptInput;
import io.robotconnect.application.port.out.script.ScriptProblem;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRuntime;
import io.robotconnect.application.port.out.script.ScriptSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs scripts with GraalJS: one shared engine, a fresh context per run on the caller's thread, a
 * watchdog that stops runs at their limits, and the threads that send the scripts' calls.
 */
final class GraalScriptRuntime implements ScriptRuntime, AutoCloseable {
  /** Calls beyond these wait for a free thread; a run waits for its calls in any case. */
  static final int CALL_THREADS = 32;

  private final ScriptLimits limits;
  private final ObjectMapper json;
  private final Sandbox sandbox;
  private final ScriptSources sources = new ScriptSources();
  private final MomentZones zones;
  private final TimeZones timeZones;
  private final Watchdog watchdog = new Watchdog();
  private final ThreadPoolExecutor callThreads;
  private final ScriptChecker checker;

  GraalScriptRuntime(ScriptLimits limits, ObjectMapper json) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.json = Objects.requireNonNull(json, "json");
    this.sandbox = new Sandbox();
    this.zones = new MomentZones(json);
    this.timeZones = new TimeZones(zones);
    AtomicInteger threadNumber = new AtomicInteger();
    this.callThreads =
        new ThreadPoolExecutor(
            CALL_THREADS,
            CALL_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "script-call-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    callThreads.allowCoreThreadTimeOut(true);
    this.checker = new ScriptChecker(sandbox, json);
  }

  @Override
  public ScriptResult run(
      ScriptSource script, ScriptInput input, ScriptCalls calls, ScriptReplay replay) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(replay, "replay");
    return new ScriptExecution(this, script, input, calls, replay).run();
  }

  @Override
  public List<ScriptProblem> check(ScriptSource script, ScriptIds allowed) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(allowed, "allowed");
    return checker.check(sources.of(script), script, allowed);
  }

  ScriptLimits limits() {
    return limits;
  }

  ObjectMapper json() {
    return json;
  }

  Sandbox sandbox() {
    return sandbox;
  }

  ScriptSources sources() {
    return sources;
  }

  MomentZones zones() {
    return zones;
  }

  TimeZones timeZones() {
    return timeZones;
  }

  Watchdog watchdog() {
    return watchdog;
  }

  ExecutorService callThreads() {
    return callThreads;
  }

  @Override
  public void close() {
    watchdog.close();
    callThreads.shutdownNow();
    sandbox.close();
  }
}
