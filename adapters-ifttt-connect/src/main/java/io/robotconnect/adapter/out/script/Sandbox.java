package io.robotconnect.adapter.out.script;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
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

  /** Not a member of any host object; the runtime talks to scripts through proxies only. */
  private static final HostAccess NO_HOST_ACCESS =
      HostAccess.newBuilder().allowMutableTargetMappings().build();

  private final Engine engine;
  private final Source prelude;
  private final Source moment;
  private final Source momentTimezone;

  Sandbox() {
    engine =
        Engine.newBuilder("js")
            .sandbox(SandboxPolicy.CONSTRAINED)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            // stock OpenJDK has no Graal compiler: GraalJS interprets, as intended here
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    prelude = cached(WebJars.packaged("prelude.js"), PRELUDE_NAME);
    moment = cached(WebJars.read("moment", "min/moment.min.js"), "moment.min.js");
    momentTimezone =
        cached(
            WebJars.read("moment-timezone", "builds/moment-timezone.min.js"),
            "moment-timezone.min.js");
    warmUp();
  }

  /**
   * Parses the libraries once, so that their code is shared before the first run: otherwise that
   * run would pay (and count against its limits) what every later run gets for free.
   */
  private void warmUp() {
    try (Context context = newContext()) {
      context.eval(moment);
      context.eval(momentTimezone);
      context.parse(prelude);
    }
  }

  /** A new context for one run or one check; the caller closes it. */
  Context newContext() {
    return Context.newBuilder("js")
        .engine(engine)
        .sandbox(SandboxPolicy.CONSTRAINED)
        .in(InputStream.nullInputStream())
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .allowHostAccess(NO_HOST_ACCESS)
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
    return prelude;
  }

  Source moment() {
    return moment;
  }

  Source momentTimezone() {
    return momentTimezone;
  }

  static Source cached(String text, String name) {
    return Source.newBuilder("js", text, name).cached(true).buildLiteral();
  }

  /** Closes the engine, cancelling the runs still going. */
  @Override
  public void close() {
    engine.close(true);
  }
}
