package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.script.ScriptRuntime;

/**
 * The one entry point of the runtime-script engine: IFTTT-compatible JavaScript run by GraalJS in a
 * sandbox, one fresh context per run on one shared engine.
 */
public final class RuntimeScripts {
  private RuntimeScripts() {}

  /**
   * The engine and the threads it owns (the watchdog, the calls in flight), which the platform
   * closes when it stops.
   *
   * @param port what the application calls
   */
  public record Handle(ScriptRuntime port, AutoCloseable resources) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      resources.close();
    }
  }

  /**
   * The runtime, at once: the engine starts on a thread of its own (some seconds in a cold JVM) and
   * the first run or check waits for it; the first runs after it are slower while the JVM warms up.
   *
   * @param json the platform's mapper, for the JSON that passes between Java and the scripts
   */
  public static Handle runtime(ScriptLimits limits, ObjectMapper json) {
    GraalScriptRuntime runtime = new GraalScriptRuntime(limits, json);
    return new Handle(runtime, runtime);
  }
}
