package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptProblem;
import org.junit.jupiter.api.Test;

/** The check made before a script is accepted: it parses, and names only ids it may call. */
class ScriptCheckTest {

  @Test
  void theSeedsExample_passes() {
    assertThat(
            Scripts.shared().check(Scripts.source(SeedExampleScriptTest.SEED_SCRIPT), Scripts.IDS))
        .isEmpty();
  }

  @Test
  void aSyntaxError_isReportedWithItsLine() {
    assertThat(
            Scripts.shared()
                .check(
                    Scripts.source("const a = 1;\n\nrunAction('sms.send_me_text', {);\n"),
                    Scripts.IDS))
        .containsExactly(new ScriptProblem(3, "SyntaxError: Expected ident but found )"));
  }

  @Test
  void literalIdsOutsideTheDefinition_areReportedWithTheirLines_computedOnesAreLeftToTheRun() {
    String script =
        """
        runAction("sms.send_me_text");
        // runAction("in.a_comment") and "runAction('in.a_string')" are not calls
        const text = "runAction('in.a_string')";
        runAction(
          "email.send_me_email");
        performQuery(`sms.send_me_text`, { limit: 1 });
        const service = "hue";
        runAction(`${service}.change_color`);
        runAction(Connection.configuration.action);
        await performQuery("youtube.get_videos_from_search");
        return;
        """;

    assertThat(Scripts.shared().check(Scripts.source(script), Scripts.IDS))
        .containsExactly(
            new ScriptProblem(
                5,
                "runAction(\"email.send_me_email\"): \"email.send_me_email\" is not an action of the connection"),
            new ScriptProblem(
                6,
                "performQuery(\"sms.send_me_text\"): \"sms.send_me_text\" is not a query of the connection"));
  }
}
