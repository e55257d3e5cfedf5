package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a script cannot reach: the host, other languages, files, the network, processes. */
class ScriptSandboxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Java",
        "Packages",
        "java",
        "javax",
        "com",
        "org",
        "Polyglot",
        "Graal",
        "require",
        "module",
        "exports",
        "process",
        "fetch",
        "XMLHttpRequest",
        "WebSocket",
        "load",
        "loadWithNewGlobal",
        "print",
        "quit",
        "read",
        "readbuffer",
        "Worker",
        "setTimeout",
        "SharedArrayBuffer",
        "Atomics",
        "WebAssembly",
        "__host"
      })
  void aHostOrEnvironmentGlobal_isAbsent(String name) {
    ScriptResult result =
        Scripts.run(
            "console.log(typeof "
                + name
                + ", typeof globalThis['"
                + name
                + "'], '"
                + name
                + "' in globalThis);");

    assertThat(result.console()).containsExactly("undefined undefined false");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Java.type('java.lang.Runtime').getRuntime().exec('id') | ReferenceError: Java is not defined",
        "Polyglot.eval('python', '1') | ReferenceError: Polyglot is not defined",
        "require('fs').readFileSync('/etc/passwd') | ReferenceError: require is not defined",
        "load('/etc/passwd') | ReferenceError: load is not defined",
        "fetch('http://127.0.0.1:9') | ReferenceError: fetch is not defined",
        "new XMLHttpRequest() | ReferenceError: XMLHttpRequest is not defined",
        "Packages.java.lang.System.exit(1) | ReferenceError: Packages is not defined",
      })
  void anEscapeAttempt_failsTheRun(String attempt, String error) {
    ScriptResult result = Scripts.run(attempt + ";");

    assertThat(result.outcome()).isInstanceOf(ScriptOutcome.Failed.class);
    assertThat(((ScriptOutcome.Failed) result.outcome()).message()).isEqualTo(error);
  }

  @Test
  void evalAndTheFunctionConstructor_runInTheSameSandbox() {
    ScriptResult result =
        Scripts.run(
            """
            console.log(eval("typeof Java"), new Function("return typeof require")());
            console.log(this === undefined || this === globalThis,
                (function () { return this; })().constructor.constructor("return typeof Polyglot")());
            """);

    assertThat(result.console()).containsExactly("undefined undefined", "true undefined");
  }

  @Test
  void importingAModule_findsNoFiles() {
    ScriptResult result =
        Scripts.run(
            """
            try {
              await import("/etc/passwd");
            } catch (e) {
              console.log("refused", e instanceof Error);
            }
            """);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("refused true");
  }

  @Test
  void theRealClock_cannotBeReachedThroughPrototypes() {
    ScriptResult result =
        Scripts.run(
            """
            const RealDate = Object.getPrototypeOf(new Date()).constructor;
            console.log(RealDate.now() === Date.now(), new RealDate().getTime() === Date.now());
            """);

    assertThat(result.console()).containsExactly("true true");
  }

  @Test
  void aRunLeavesNothingBehindForTheNextRun() {
    Scripts.run("globalThis.leak = 'secret'; Object.prototype.polluted = true; Math.PI2 = 6;");

    ScriptResult next = Scripts.run("console.log(typeof leak, ({}).polluted, Math.PI2);");

    assertThat(next.console()).containsExactly("undefined undefined undefined");
  }
}
