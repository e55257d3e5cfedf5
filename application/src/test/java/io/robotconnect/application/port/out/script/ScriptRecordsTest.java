package io.robotconnect.application.port.out.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptRecordsTest {
  private static final StepRef SMS = StepRef.parse("sms.send_me_text");

  @Test
  void aScriptSource_isAtMost256KbOfUtf8() {
    assertThat(new ScriptSource("a.js", "x".repeat(ScriptSource.MAX_BYTES)).text()).hasSize(262144);
    assertThatThrownBy(() -> new ScriptSource("a.js", "ä".repeat(ScriptSource.MAX_BYTES / 2 + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("script a.js must be at most 262144 bytes");
    assertThatThrownBy(() -> new ScriptSource("a\n.js", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScriptSource("a.js", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theConfiguration_isACopyOfJsonLikeValues() {
    Map<String, Object> given = new HashMap<>();
    List<Object> lights = new ArrayList<>(List.of("hall"));
    given.put("lights", lights);
    given.put("empty", null);
    ScriptInput.Connection connection =
        new ScriptInput.Connection(new OwnerId("alice"), "feature", Optional.empty(), given);
    lights.add("kitchen");

    assertThat(connection.configuration())
        .containsEntry("lights", List.of("hall"))
        .containsKey("empty");
    assertThatThrownBy(() -> connection.configuration().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new ScriptInput.Connection(
                    new OwnerId("alice"),
                    "feature",
                    Optional.empty(),
                    Map.of("when", Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration holds a Instant, which is not JSON");
    assertThatThrownBy(
            () ->
                new ScriptInput.Connection(
                    new OwnerId("alice"), "feature", Optional.empty(), Map.of("n", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResponseBody_nestsAtMost64Levels() {
    Object deep = "leaf";
    for (int i = 0; i < 64; i++) {
      deep = List.of(deep);
    }
    Object tooDeep = List.of(deep);

    assertThat(new ScriptCallResponse(200, deep).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> new ScriptCallResponse(200, tooDeep))
        .hasMessage("response body nests more than 64 levels");
    assertThatThrownBy(() -> new ScriptCallResponse(99, null))
        .hasMessage("status code must be 100 to 599: 99");
  }

  @Test
  void sequenceNumbers_startAt1() {
    assertThatThrownBy(() -> new ScriptCall(0, ScriptFunction.RUN_ACTION, SMS, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ScriptReplay(
                    Instant.EPOCH,
                    1,
                    Map.of(0, new ScriptReplay.Journaled.InDoubt(ScriptFunction.RUN_ACTION, SMS))))
        .hasMessage("call sequence numbers start at 1: 0");
  }

  @Test
  void aFailure_keepsItsMessageShort_andCountsLinesFrom1() {
    ScriptOutcome.Failed failed = new ScriptOutcome.Failed("x".repeat(5000), Optional.of(1));

    assertThat(failed.message()).hasSize(ScriptOutcome.Failed.MAX_MESSAGE_LENGTH).endsWith("…");
    assertThat(failed.code()).isEqualTo("failed");
    assertThatThrownBy(() -> new ScriptOutcome.Failed("x", Optional.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allowedIds_sayWhichFunctionMayCallWhat() {
    ScriptIds ids = new ScriptIds(Set.of(SMS), Set.of(StepRef.parse("youtube.search")));

    assertThat(ids.allows(ScriptFunction.RUN_ACTION, "sms.send_me_text")).isTrue();
    assertThat(ids.allows(ScriptFunction.PERFORM_QUERY, "sms.send_me_text")).isFalse();
    assertThat(ids.allows(ScriptFunction.PERFORM_QUERY, "youtube.search")).isTrue();
    assertThat(ScriptFunction.ofJsName("performQuery")).isEqualTo(ScriptFunction.PERFORM_QUERY);
  }

  @Test
  void outcomes_haveTheirRunRecordNames() {
    assertThat(
            List.of(
                new ScriptOutcome.Succeeded(),
                new ScriptOutcome.TimedOut(),
                new ScriptOutcome.LimitExceeded(ScriptOutcome.Limit.CALLS)))
        .extracting(ScriptOutcome::code)
        .containsExactly("succeeded", "timed_out", "limit_exceeded");
    assertThatThrownBy(
            () ->
                new ScriptCallRecord(
                    1,
                    ScriptFunction.RUN_ACTION,
                    SMS,
                    Optional.of(204),
                    Duration.ofMillis(-1),
                    false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
