package io.robotconnect.adapter.out.script;

import io.robotconnect.application.port.out.script.ScriptSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Source;

/**
 * The GraalJS sources of the scripts run lately, so that the shared engine parses each once. A
 * script runs inside an async function, as on a Node.js runtime: top-level {@code await} and {@code
 * return} work, and its lines keep their numbers.
 */
final class ScriptSources {
  static final int CAPACITY = 256;
  static final String WRAPPER_START = "(async function () {";
  static final String WRAPPER_END = "\n})";

  private final Map<ScriptSource, Source> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ScriptSource, Source> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized Source of(ScriptSource script) {
    return cache.computeIfAbsent(
        script, s -> Sandbox.cached(WRAPPER_START + s.text() + WRAPPER_END, s.name()));
  }
}
