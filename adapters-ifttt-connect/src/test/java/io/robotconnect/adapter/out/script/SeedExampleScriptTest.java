package io.robotconnect.adapter.out.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptFunction;
import io.robotconnect.application.port.out.script.ScriptOutcome;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.domain.connection.StepRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example of IFTTT's "Runtime script" documentation, unchanged. */
class SeedExampleScriptTest {
  static final String SEED_SCRIPT =
      """
      const likedVidTitle = Trigger.ingredients.title;

      const promise = performQuery("youtube.get_videos_from_search", { fields: {search_query: likedVidTitle}, limit: 3});

      promise.then((response) => {
        response.responseBody.data.forEach(video => {
          runAction("sms.send_me_text", { fields: { message: `${video.title} ${video.url}` }});
        });
      });
      """;

  @Test
  void theSeedsExample_queriesOnceAndTextsEveryVideoFound() {
    FakeCalls calls =
        FakeCalls.answering(
            Map.of(
                "youtube.get_videos_from_search",
                new ScriptCallResponse(
                    200,
                    Map.of(
                        "type",
                        "list",
                        "data",
                        List.of(
                            Map.of("title", "One", "url", "https://youtu.be/1"),
                            Map.of("title", "Two", "url", "https://youtu.be/2"),
                            Map.of("title", "Three", "url", "https://youtu.be/3"))))));

    ScriptResult result = Scripts.run(Scripts.shared(), SEED_SCRIPT, calls);

    assertThat(result.outcome()).isEqualTo(new ScriptOutcome.Succeeded());
    List<ScriptCall> sent = calls.sent();
    assertThat(sent).hasSize(4);
    assertThat(sent.get(0))
        .isEqualTo(
            new ScriptCall(
                1,
                ScriptFunction.PERFORM_QUERY,
                StepRef.parse("youtube.get_videos_from_search"),
                Optional.of(Map.of("fields", Map.of("search_query", "Hello World!"), "limit", 3))));
    assertThat(sent.subList(1, 4))
        .extracting(call -> call.body().orElseThrow())
        .containsExactlyInAnyOrder(
            Map.of("fields", Map.of("message", "One https://youtu.be/1")),
            Map.of("fields", Map.of("message", "Two https://youtu.be/2")),
            Map.of("fields", Map.of("message", "Three https://youtu.be/3")));
    assertThat(sent.subList(1, 4))
        .allSatisfy(
            call -> {
              assertThat(call.function()).isEqualTo(ScriptFunction.RUN_ACTION);
              assertThat(call.id()).isEqualTo(StepRef.parse("sms.send_me_text"));
            });
    assertThat(result.calls())
        .extracting(
            call -> call.sequence() + " " + call.id() + " " + call.statusCode().orElseThrow())
        .containsExactly(
            "1 youtube.get_videos_from_search 200",
            "2 sms.send_me_text 204",
            "3 sms.send_me_text 204",
            "4 sms.send_me_text 204");
  }
}
