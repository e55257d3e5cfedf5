package io.robotconnect.adapter.out.script;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one shared GraalJS engine (it keeps the parsed code of cached sources) and the fresh,
 * constrained contexts made on it: no host access or class lookup, no files or network, no threads,
 * processes, environment or native code, nothing written to the JVM's streams. {@code
 * SandboxPolicy.CONSTRAINED} is the strictest policy of the community edition.
 */
final class Sandbox implements AutoCloseable {
  static final String PRELUDE_NAME = "robotconnect-prelude.js";

  /**
   * The engine, the sources of the libraries every run may evaluate, and the host access of every
   * context: none, not a member of any host object (the runtime talks to scripts through proxies).
   */
  private record Started(
      Engine engine,
      HostAccess noHostAccess,
      Source prelude,
      Source moment,
      Source momentTimezone) {}

  private final CompletableFuture<Started> started = new CompletableFuture<>();

  /**
   * Reads the libraries now, and starts the engine on a thread of its own: loading GraalJS and
   * parsing the libraries once (so that every run shares their code rather than the first paying
   * for it, against its limits) takes some seconds in a cold JVM, which stays off the platform's
   * start-up path.
   */
  Sandbox() {
    String prelude = WebJars.packaged("prelude.js");
    String moment = WebJars.read("moment", "min/moment.min.js");
    String momentTimezone = WebJars.read("moment-timezone", "builds/moment-timezone.min.js");
    Thread starter =
        new Thread(
            () -> {
              try {
                started.complete(start(prelude, moment, momentTimezone));
              } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
              }
            },
            "script-engine-start");
    starter.setDaemon(true);
    starter.start();
  }

  private static Started start(String preludeText, String momentText, String momentTimezoneText) {
    Engine engine =
        Engine.newBuilder("js")
            .sandbox(SandboxPolicy.CONSTRAINED)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            // stock OpenJDK has no Graal compiler: GraalJS interprets, as intended here
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    Started started =
        new Started(
            engine,
            HostAccess.newBuilder().allowMutableTargetMappings().build(),
            cached(preludeText, PRELUDE_NAME),
            cached(momentText, "moment.min.js"),
            cached(momentTimezoneText, "moment-timezone.min.js"));
    try (Context context = newContext(started)) {
      context.eval(started.moment());
      context.eval(started.momentTimezone());
      context.parse(started.prelude());
    }
    return started;
  }

  /** Waits until the engine has started (the first callers only). */
  private Started started() {
    try {
      return started.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the script engine did not start", e.getCause());
    }
  }

  /** A new context for one run or one check; the caller closes it. */
  Context newContext() {
    return newContext(started());
  }

  private static Context newContext(Started started) {
    return Context.newBuilder("js")
        .engine(started.engine())
        .sandbox(SandboxPolicy.CONSTRAINED)
        .in(InputStream.nullInputStream())
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .allowHostAccess(started.noHostAccess())
        .allowHostClassLookup(className -> false)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowNativeAccess(false)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .timeZone(ZoneOffset.UTC)
        .option("js.locale", "en-US")
        .option("js.load", "false")
        .option("js.print", "false")
        .option("js.graal-builtin", "false")
        .option("js.console", "false")
        .option("js.unhandled-rejections", "throw")
        .build();
  }

  /** The setup of a run, evaluated first in its context (a function of the host and input). */
  Source prelude() {
    return started().prelude();
  }

  Source moment() {
    return started().moment();
  }

  Source momentTimezone() {
    return started().momentTimezone();
  }

  static Source cached(String text, String name) {
    return Source.newBuilder("js", text, name).cached(true).buildLiteral();
  }

  /** Closes the engine, cancelling the runs still going. */
  @Override
  public void close() {
    started().engine().close(true);
  }
}
