package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptCallUnreachableException;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IFTTT's JavaScript API as scripts see it. */
class ScriptApiTest {

  @Test
  void theConstants_describeTheFiredTrigger() {
    ScriptResult result =
        Scripts.run(
            """
            console.log(Trigger.id, Trigger.ingredients.title, Trigger.ingredients.url);
            console.log(Connection.serviceUserId, Connection.currentFeatureName, Connection.userFeatureId);
            console.log(Connection.configuration.foo, Connection.configuration.lights.join("+"));
            console.log(Object.keys(Connection).join(","));
            """);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console())
        .containsExactly(
            "youtube.new_liked_video Hello World! https://youtu.be/x",
            "UCr9jxQ3llSDks yp6zrl2tpd f98de900-fe18-4fd2-b42b-422761d030a9",
            "bar hall+kitchen",
            "serviceUserId,currentFeatureName,userFeatureId,configuration");
  }

  @Test
  void theConstants_cannotBeReplaced() {
    ScriptResult result =
        Scripts.run(
            """
            Trigger = 1; Connection.serviceUserId = "mallory"; Meta.currentUserTime = null;
            console.log(typeof Trigger, Connection.serviceUserId, Meta.currentUserTime === null);
            """);

    assertThat(result.console()).containsExactly("object UCr9jxQ3llSDks false");
  }

  @Test
  void console_capturesEveryLevelAsOneLinePerCall() {
    ScriptResult result =
        Scripts.run(
            """
            console.log("plain", 1, true, null, undefined);
            console.info({ a: [1, 2], b: "x" });
            console.warn("%s is %d years and %j", "Rex", 4.5, { k: 1 });
            console.error(new TypeError("bad"));
            const loop = {}; loop.self = loop; console.debug(loop);
            """);

    assertThat(result.console())
        .containsExactly(
            "plain 1 true null undefined",
            "{\"a\":[1,2],\"b\":\"x\"}",
            "Rex is 4.5 years and {\"k\":1}",
            "TypeError: bad\n    at rain-alarm.js:4:15",
            "{\"self\":\"[Circular]\"}");
  }

  @Test
  void modernSyntax_runs() {
    ScriptResult result =
        Scripts.run(
            """
            const double = (n) => n * 2;
            class Counter { #n = 0; next() { return ++this.#n; } }
            const counter = new Counter();
            const { title, ...rest } = Trigger.ingredients;
            const wait = async (value) => value;
            const chained = await performQuery("youtube.get_videos_from_search")
              .then((r) => r.statusCode)
              .then(double);
            const optional = Connection.configuration?.missing?.deep ?? "none";
            for await (const n of [wait(1), wait(2)]) { counter.next(); }
            console.log(`${title} ${Object.keys(rest)} ${chained} ${optional} ${counter.next()} ${[1, 2].map(double)}`);
            """);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("Hello World! url 400 none 3 2,4");
  }

  @Test
  void aCallWithoutBody_sendsNone_andFieldOverridesAndUserFeatureAreSentAsGiven() {
    FakeCalls calls = new FakeCalls();

    Scripts.run(
        Scripts.shared(),
        """
        runAction("sms.send_me_text");
        runAction("sms.send_me_text", { fields: { message: "overriden" } });
        runAction("sms.send_me_text", { user_feature_id: Connection.userFeatureId });
        performQuery("youtube.get_videos_from_search", { limit: 3 });
        """,
        calls);

    assertThat(calls.sent())
        .extracting(ScriptCall::body)
        .containsExactly(
            Optional.empty(),
            Optional.of(Map.of("fields", Map.of("message", "overriden"))),
            Optional.of(Map.of("user_feature_id", "f98de900-fe18-4fd2-b42b-422761d030a9")),
            Optional.of(Map.of("limit", 3)));
  }

  @Test
  void anErrorAnswer_resolvesWithItsStatusAndBody() {
    FakeCalls calls =
        FakeCalls.answering(
            Map.of(
                "sms.send_me_text",
                new ScriptCallResponse(
                    422,
                    Map.of("type", "error", "errors", List.of(Map.of("message", "too long"))))));

    ScriptResult result =
        Scripts.run(
            Scripts.shared(),
            """
            const { statusCode, responseBody } = await runAction("sms.send_me_text");
            console.log(statusCode, responseBody.errors[0].message);
            """,
            calls);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("422 too long");
    assertThat(result.calls().get(0).statusCode()).contains(422);
  }

  @Test
  void anUnreachableConnectApi_rejectsWithAnError() {
    FakeCalls calls =
        new FakeCalls(
            call -> {
              throw new ScriptCallUnreachableException("connection refused", null);
            });

    ScriptResult result =
        Scripts.run(
            Scripts.shared(),
            """
            try {
              await runAction("sms.send_me_text");
            } catch (e) {
              console.log(e instanceof Error, e.message);
            }
            """,
            calls);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console())
        .containsExactly(
            "true runAction(\"sms.send_me_text\"): the Connect API could not be reached:"
                + " connection refused");
    assertThat(result.calls()).singleElement().satisfies(c -> assertThat(c.statusCode()).isEmpty());
  }

  @Test
  void callsSentSideBySide_settleInTheOrderTheyWereMade() {
    FakeCalls calls =
        new FakeCalls(
            call -> {
              if (call.sequence() == 1) {
                sleep(Duration.ofMillis(300));
              }
              return null;
            });

    ScriptResult result =
        Scripts.run(
            Scripts.shared(),
            """
            runAction("sms.send_me_text").then(() => console.log("first"));
            runAction("robot.play_animation").then(() => console.log("second"));
            """,
            calls);

    assertThat(result.console()).containsExactly("first", "second");
    assertThat(result.calls())
        .extracting(c -> c.id().qualified())
        .containsExactly("sms.send_me_text", "robot.play_animation");
  }

  @Test
  void aScriptMayReturnAtTopLevel_andEndsWhenNothingIsPending() {
    ScriptResult result =
        Scripts.run(
            """
            console.log("before");
            if (Trigger.ingredients.title) { return; }
            console.log("after");
            """);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    assertThat(result.console()).containsExactly("before");
  }

  @Test
  void momentIsThereForScripts_withTheDataOfEveryZone() {
    ScriptResult result =
        Scripts.run(
            """
            console.log(moment.tz(Date.now(), "Asia/Tokyo").format());
            console.log(moment().tz("Europe/Berlin").format("HH:mm z"));
            console.log(moment.tz.names().length > 300, moment.tz.zone("Nowhere/Land"));
            """);

    assertThat(result.console())
        .containsExactly("2026-03-15T00:09:26+09:00", "16:09 CET", "true null");
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
