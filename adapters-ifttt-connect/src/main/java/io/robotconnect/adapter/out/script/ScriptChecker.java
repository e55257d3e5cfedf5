package io.robotconnect.adapter.out.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptIds;
import io.robotconnect.application.port.out.script.ScriptProblem;
import io.robotconnect.application.port.out.script.ScriptSource;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Checks a script without running it: GraalJS parses it as the runtime would, then acorn's syntax
 * tree gives the literal ids of its calls.
 */
final class ScriptChecker {
  private final Sandbox sandbox;
  private final ObjectMapper json;
  private final String acornText;
  private final String finderText;
  private Source acorn;
  private Source finder;

  ScriptChecker(Sandbox sandbox, ObjectMapper json) {
    this.sandbox = sandbox;
    this.json = json;
    this.acornText = WebJars.read("acorn", "dist/acorn.js");
    this.finderText = WebJars.packaged("check.js");
  }

  private synchronized void loadSources() {
    if (acorn == null) {
      acorn = Sandbox.cached(acornText, "acorn.js");
      finder = Sandbox.cached(finderText, "check.js");
    }
  }

  List<ScriptProblem> check(Source wrapped, ScriptSource script, ScriptIds allowed) {
    loadSources();
    try (Context context = sandbox.newContext()) {
      try {
        context.parse(wrapped);
      } catch (PolyglotException e) {
        if (e.isSyntaxError()) {
          return List.of(
              new ScriptProblem(
                  ErrorLines.located(e, script.name()).orElse(1),
                  ErrorLines.syntaxMessage(e, script.name())));
        }
        throw e;
      }
      context.eval(acorn);
      String found;
      try {
        found = context.eval(finder).execute(script.text()).asString();
      } catch (PolyglotException e) {
        // acorn reads less than GraalJS runs; the ids of such a script are checked when it runs
        return List.of();
      }
      return unknownIds(found, allowed);
    }
  }

  private List<ScriptProblem> unknownIds(String found, ScriptIds allowed) {
    List<ScriptProblem> problems = new ArrayList<>();
    for (JsonNode call : read(found)) {
      ScriptFunction function = ScriptFunction.ofJsName(call.get("fn").asText());
      String id = call.get("id").asText();
      if (!allowed.allows(function, id)) {
        String kind = function == ScriptFunction.RUN_ACTION ? "an action" : "a query";
        problems.add(
            new ScriptProblem(
                call.get("line").asInt(),
                function.jsName()
                    + "(\""
                    + id
                    + "\"): \""
                    + id
                    + "\" is not "
                    + kind
                    + " of the connection"));
      }
    }
    return problems;
  }

  private JsonNode read(String found) {
    try {
      return json.readTree(found);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the script check answered no JSON", e);
    }
  }
}
