package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What makes a run fail, with the message and the script's line in its record. */
class ScriptFailuresTest {

  @Test
  void aThrownError_failsTheRunWithItsMessageAndLine() {
    ScriptResult result =
        Scripts.run(
            """
            const title = Trigger.ingredients.title;

            if (title) { throw new RangeError(`no room for ${title}`); }
            """);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed("RangeError: no room for Hello World!", Optional.of(3)));
  }

  @Test
  void anErrorAfterAnAwait_failsTheRunWithItsLine() {
    ScriptResult result =
        Scripts.run(
            """
            const { responseBody } = await performQuery("youtube.get_videos_from_search");
            console.log(responseBody.data.length);
            responseBody.data[0].title.trim();
            """);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "TypeError: Cannot read property 'title' of undefined", Optional.of(3)));
    assertThat(result.console()).containsExactly("0");
  }

  @Test
  void anUnhandledRejection_failsTheRun() {
    ScriptResult result =
        Scripts.run(
            """
            runAction("sms.send_me_text").then(() => {
              throw new Error("not today");
            });
            """);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "Unhandled promise rejection: Error: not today", Optional.of(2)));
  }

  @Test
  void aLiteralIdOutsideTheDefinition_failsWithoutACall() {
    FakeCalls calls = new FakeCalls();

    ScriptResult result =
        Scripts.run(
            Scripts.shared(),
            """
            runAction("sms.send_me_text");
            runAction("email.send_me_email", { fields: {} });
            """,
            calls);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "runAction(\"email.send_me_email\"): \"email.send_me_email\" is not an action of"
                    + " this connection",
                Optional.of(2)));
    assertThat(calls.sent())
        .extracting(c -> c.id().qualified())
        .doesNotContain("email.send_me_email");
  }

  @Test
  void anIdComputedAtRunTime_isCheckedToo_andTheFailureCannotBeCaught() {
    FakeCalls calls = new FakeCalls();

    ScriptResult result =
        Scripts.run(
            Scripts.shared(),
            """
            const service = ["sms", "email"][1];
            try {
              await runAction(`${service}.send_me_email`);
            } catch (e) {
              console.log("caught", e.message);
            }
            runAction("sms.send_me_text");
            """,
            calls);

    assertThat(result.outcome()).isInstanceOf(ScriptOutcome.Failed.class);
    assertThat(((ScriptOutcome.Failed) result.outcome()).line()).contains(3);
    assertThat(result.console()).isEmpty();
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void anActionIdPassedToPerformQuery_isRefused() {
    FakeCalls calls = new FakeCalls();

    ScriptResult result = Scripts.run(Scripts.shared(), "performQuery('sms.send_me_text');", calls);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "performQuery(\"sms.send_me_text\"): \"sms.send_me_text\" is not a query of this"
                    + " connection",
                Optional.of(1)));
    assertThat(calls.sent()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"text\"", "[1, 2]", "null", "42", "() => 1"})
  void aBodyThatIsNotAnObject_failsWithoutACall(String body) {
    FakeCalls calls = new FakeCalls();

    ScriptResult result =
        Scripts.run(Scripts.shared(), "runAction('sms.send_me_text', " + body + ");", calls);

    assertThat(result.outcome()).isInstanceOf(ScriptOutcome.Failed.class);
    assertThat(((ScriptOutcome.Failed) result.outcome()).message())
        .startsWith("runAction(\"sms.send_me_text\", body): the body must be an object");
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void anIdThatIsNotAString_failsWithoutACall() {
    FakeCalls calls = new FakeCalls();

    ScriptResult result = Scripts.run(Scripts.shared(), "runAction({ id: 1 });", calls);

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "runAction needs the id of an action as a string, not object", Optional.of(1)));
    assertThat(calls.sent()).isEmpty();
  }

  @Test
  void aScriptThatDoesNotParse_failsWithTheLine() {
    ScriptResult result = Scripts.run("const a = 1;\nconst b = ;\n");

    assertThat(result.outcome())
        .isEqualTo(
            new ScriptOutcome.Failed(
                "SyntaxError: Expected an operand but found ;", Optional.of(2)));
  }

  @Test
  void throwingSomethingElseThanAnError_failsTheRun() {
    ScriptResult result = Scripts.run("throw { reason: 'no' };");

    assertThat(result.outcome())
        .isEqualTo(new ScriptOutcome.Failed("Uncaught {\"reason\":\"no\"}", Optional.empty()));
  }
}
