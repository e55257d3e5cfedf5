package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallRecord;
import io.robotconnect.application.port.out.script.ScriptCalls;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptInput;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunAbortedException;
import io.robotconnect.application.port.out.script.ScriptSource;
import io.robotconnect.domain.connection.StepRef;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one script in its own context, on the caller's thread: the prelude, the script, then
 * the settling of its calls one by one until none is pending. Whatever stops it early (a limit, a
 * failure the script cannot catch, an abort) is decided once, by whoever comes first, and closes
 * the context, which stops the script wherever it is.
 */
final class ScriptExecution {
  private static final Logger log = LoggerFactory.getLogger(ScriptExecution.class);
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  /** How the run ends: an outcome, or an abort for a reason outside the script. */
  private record Ending(ScriptOutcome outcome, RuntimeException abort) {}

  private final Sandbox sandbox;
  private final Source script;
  private final ScriptSource source;
  private final ScriptInput input;
  private final ScriptCalls calls;
  private final ScriptReplay replay;
  private final ScriptLimits limits;
  private final Watchdog watchdog;
  private final ExecutorService callThreads;
  private final MomentZones zones;
  private final TimeZones.Resolved zone;
  private final ObjectMapper json;
  private final AtomicReference<Ending> ending = new AtomicReference<>();
  private final CallLedger ledger;
  private final ConsoleCapture console;
  private final SplittableRandom random;
  private volatile Context context;

  ScriptExecution(
      GraalScriptRuntime runtime,
      ScriptSource source,
      ScriptInput input,
      ScriptCalls calls,
      ScriptReplay replay) {
    this.sandbox = runtime.sandbox();
    this.script = runtime.sources().of(source);
    this.source = source;
    this.input = input;
    this.calls = calls;
    this.replay = replay;
    this.limits = runtime.limits();
    this.watchdog = runtime.watchdog();
    this.callThreads = runtime.callThreads();
    this.zones = runtime.zones();
    this.zone = runtime.timeZones().resolve(input.timeZone());
    this.json = runtime.json();
    this.ledger = new CallLedger(json);
    this.console = new ConsoleCapture(limits.consoleBytes());
    this.random = new SplittableRandom(replay.randomSeed());
  }

  ScriptResult run() {
    long start = System.nanoTime();
    Context ctx = sandbox.newContext();
    context = ctx;
    try (Watchdog.Watch watch = watchdog.watch(Thread.currentThread(), limits, this::stop)) {
      drive(ctx);
      end(new ScriptOutcome.Succeeded());
    } catch (PolyglotException e) {
      ended(e);
    } catch (IllegalStateException e) {
      if (ending.get() == null) {
        throw e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort(new ScriptRunAbortedException("the thread running the script was interrupted", e));
    } finally {
      ledger.wake();
      closeQuietly(ctx);
    }
    Ending end = ending.get();
    List<ScriptCallRecord> made = ledger.finish();
    if (end.abort() != null) {
      throw end.abort() instanceof ScriptRunAbortedException aborted
          ? aborted
          : new ScriptRunAbortedException("the script's call failed", end.abort());
    }
    return new ScriptResult(
        end.outcome(),
        zone.warning().map(List::of).orElse(List.of()),
        made,
        console.lines(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void drive(Context ctx) throws InterruptedException {
    Value control = ctx.eval(sandbox.prelude()).execute(host(), inputJson());
    Value main = ctx.eval(script);
    control.invokeMember("start", main);
    Value settle = control.getMember("settle");
    while (ending.get() == null) {
      CallLedger.Settlement next = ledger.awaitNext();
      if (next == null) {
        return;
      }
      settle.execute(
          next.sequence(), next.answered(), next.statusCode(), next.bodyJson(), next.message());
    }
  }

  /** What ended the run when the engine threw. */
  private void ended(PolyglotException e) {
    if (ending.get() != null) {
      return;
    }
    if (Thread.currentThread().isInterrupted()) {
      abort(new ScriptRunAbortedException("the thread running the script was interrupted", e));
    } else if (e.isResourceExhausted()) {
      end(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.ALLOCATION));
    } else if (e.isCancelled()) {
      abort(new ScriptRunAbortedException("the script engine was closed", e));
    } else if (e.isSyntaxError()) {
      end(
          new ScriptOutcome.Failed(
              ErrorLines.syntaxMessage(e, source.name()), ErrorLines.located(e, source.name())));
    } else if (e.isGuestException() && !e.isHostException()) {
      end(unhandled(e));
    } else {
      log.warn("script {} failed in the runtime itself", source.name(), e);
      end(
          new ScriptOutcome.Failed(
              "the script runtime failed: " + e.getMessage(), Optional.empty()));
    }
  }

  /** A rejection nothing handled (or an error thrown where nothing could catch it). */
  private ScriptOutcome unhandled(PolyglotException e) {
    String stack = "";
    Value error = e.getGuestObject();
    try {
      if (error != null && error.hasMember("stack")) {
        stack = String.valueOf(error.getMember("stack"));
      }
    } catch (RuntimeException unreadable) {
      stack = "";
    }
    Optional<Integer> line = ErrorLines.inStack(stack, source.name());
    if (line.isEmpty()) {
      line = ErrorLines.located(e, source.name());
    }
    return new ScriptOutcome.Failed("Unhandled promise rejection: " + e.getMessage(), line);
  }

  private ProxyObject host() {
    Map<String, Object> host = new HashMap<>();
    host.put("send", (ProxyExecutable) this::send);
    host.put(
        "log",
        (ProxyExecutable)
            args -> {
              if (!console.append(args[0].asString())) {
                stop(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CONSOLE));
              }
              return null;
            });
    host.put(
        "fail",
        (ProxyExecutable)
            args -> {
              fail(args[0].asString(), ErrorLines.inStack(args[1].asString(), source.name()));
              return null;
            });
    host.put(
        "overAllocated",
        (ProxyExecutable)
            args -> {
              stop(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.ALLOCATION));
              return null;
            });
    host.put("random", (ProxyExecutable) args -> random.nextDouble());
    host.put(
        "zoneData",
        (ProxyExecutable)
            args ->
                args[0].isNull() ? zones.all() : zones.dataFor(args[0].asString()).orElse(null));
    host.put(
        "loadMoment",
        (ProxyExecutable)
            args -> {
              context.eval(sandbox.moment());
              context.eval(sandbox.momentTimezone());
              return null;
            });
    return ProxyObject.fromMap(host);
  }

  /** {@code runAction} / {@code performQuery}: answers the call's sequence number. */
  private Object send(Value... args) {
    ScriptFunction function = ScriptFunction.ofJsName(args[0].asString());
    String id = args[1].asString();
    if (!input.allowed().allows(function, id)) {
      fail(
          function.jsName() + "(\"" + id + "\"): not allowed for this connection",
          Optional.empty());
      return 0;
    }
    Optional<Map<String, Object>> body;
    try {
      body = body(args[2]);
    } catch (IllegalArgumentException e) {
      fail(function.jsName() + "(\"" + id + "\", body): " + e.getMessage(), Optional.empty());
      return 0;
    }
    int sequence = ledger.next();
    if (sequence > limits.calls()) {
      stop(new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CALLS));
      return sequence;
    }
    ScriptCall call;
    try {
      call = new ScriptCall(sequence, function, StepRef.parse(id), body);
    } catch (IllegalArgumentException e) {
      fail(function.jsName() + "(\"" + id + "\", body): " + e.getMessage(), Optional.empty());
      return sequence;
    }
    ScriptReplay.Journaled journaled = replay.journal().get(sequence);
    if (journaled == null) {
      ledger.send(call, calls, callThreads, this::abort);
    } else {
      replay(call, journaled);
    }
    return sequence;
  }

  /** The body as an object, empty when none was given. */
  private Optional<Map<String, Object>> body(Value given) {
    if (given.isNull()) {
      return Optional.empty();
    }
    String text = given.asString();
    if (!text.startsWith("{")) {
      throw new IllegalArgumentException("the body must be an object");
    }
    try {
      return Optional.of(json.readValue(text, OBJECT));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the body is not JSON the platform reads: " + e.getOriginalMessage(), e);
    }
  }

  private void replay(ScriptCall call, ScriptReplay.Journaled journaled) {
    if (journaled.function() != call.function() || !journaled.id().equals(call.id())) {
      fail(
          "call "
              + call.sequence()
              + " is "
              + call.function().jsName()
              + "(\""
              + call.id()
              + "\") but was "
              + journaled.function().jsName()
              + "(\""
              + journaled.id()
              + "\") in the run's first attempt: the script does not replay the same calls",
          Optional.empty());
      return;
    }
    ledger.awaiting(call.sequence());
    if (journaled instanceof ScriptReplay.Journaled.Answered answered) {
      ledger.answered(call, answered.response(), Duration.ZERO, true);
    } else if (journaled instanceof ScriptReplay.Journaled.Unreachable unreachable) {
      ledger.unreachable(
          call.sequence(), call.function(), call.id(), unreachable.message(), Duration.ZERO, true);
    } else {
      fail(
          "call "
              + call.sequence()
              + " "
              + call.function().jsName()
              + "(\""
              + call.id()
              + "\") was in flight when the run's last attempt stopped: it is in doubt, and is"
              + " not sent again",
          Optional.empty());
    }
  }

  private String inputJson() {
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("id", input.trigger().id().qualified());
    trigger.put("ingredients", input.trigger().ingredients());
    ScriptInput.Connection connection = input.connection();
    Map<String, Object> connectionJson = new LinkedHashMap<>();
    connectionJson.put("serviceUserId", connection.serviceUserId().value());
    connectionJson.put("currentFeatureName", connection.currentFeatureName());
    connectionJson.put("userFeatureId", connection.userFeatureId().orElse(null));
    connectionJson.put("configuration", connection.configuration());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("trigger", trigger);
    data.put("connection", connectionJson);
    data.put("now", replay.now().toEpochMilli());
    data.put("zone", zone.zone());
    data.put("actions", input.allowed().actions().stream().map(StepRef::qualified).toList());
    data.put("queries", input.allowed().queries().stream().map(StepRef::qualified).toList());
    data.put("maxBytes", limits.allocationBytes());
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the script's input is not JSON", e);
    }
  }

  private void fail(String message, Optional<Integer> line) {
    stop(new ScriptOutcome.Failed(message, line));
  }

  /** Ends the run with the outcome, unless it has ended already, and stops the script. */
  private void stop(ScriptOutcome outcome) {
    if (end(outcome)) {
      halt();
    }
  }

  private void abort(RuntimeException cause) {
    if (ending.compareAndSet(null, new Ending(null, cause))) {
      ledger.wake();
      halt();
    }
  }

  private boolean end(ScriptOutcome outcome) {
    if (ending.compareAndSet(null, new Ending(outcome, null))) {
      ledger.wake();
      return true;
    }
    return false;
  }

  private void halt() {
    Context ctx = context;
    if (ctx != null) {
      closeQuietly(ctx, true);
    }
  }

  private static void closeQuietly(Context ctx) {
    closeQuietly(ctx, false);
  }

  private static void closeQuietly(Context ctx, boolean cancel) {
    try {
      ctx.close(cancel);
    } catch (PolyglotException | IllegalStateException e) {
      // closed already, or cancelled while closing: either way it runs nothing more
    }
  }
}
