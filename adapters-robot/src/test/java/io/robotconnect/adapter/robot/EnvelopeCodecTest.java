package io.robotconnect.adapter.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {
  private final EnvelopeCodec codec = new EnvelopeCodec(TestWiring.json());

  private Envelope<JsonNode> read(String json) {
    return codec.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aWrittenEnvelope_readsBack_toTheMillisecond() {
    Envelope<Map<String, String>> written =
        new Envelope<>(
            Envelope.API_VERSION,
            "m-1",
            "r-1",
            Instant.parse("2024-05-06T07:08:09.123456Z"),
            Envelope.CLOUD,
            Map.of("name", "x"),
            Optional.of("a-1"));

    Envelope<JsonNode> read = codec.read(codec.write(written));

    assertThat(read.messageId()).isEqualTo("m-1");
    assertThat(read.robotId()).isEqualTo("r-1");
    assertThat(read.timestamp()).isEqualTo(Instant.parse("2024-05-06T07:08:09.123Z"));
    assertThat(read.origin()).isEqualTo(Envelope.CLOUD);
    assertThat(read.payload().path("name").asText()).isEqualTo("x");
    assertThat(read.actionId()).contains("a-1");
  }

  @Test
  void unknownKeys_areIgnored_andATimestampThatIsNoNumber_isLeftOut() {
    Envelope<JsonNode> read =
        read(
            "{\"message_id\":\"m\",\"message_timestamp\":\"soon\",\"mood\":{\"x\":1},"
                + "\"payload\":{}}");

    assertThat(read.messageId()).isEqualTo("m");
    assertThat(read.timestamp()).isNull();
    assertThat(read.actionId()).isEmpty();
  }

  @Test
  void aRepeatedKey_isMalformed() {
    assertThatThrownBy(() -> read("{\"message_id\":\"a\",\"message_id\":\"b\",\"payload\":{}}"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void nestingDeeperThanTheLimit_isMalformed() {
    String deep = "{\"a\":".repeat(70) + "1" + "}".repeat(70);

    assertThatThrownBy(() -> read("{\"message_id\":\"m\",\"payload\":" + deep + "}"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void aKeyLongerThanTheLimit_isMalformed() {
    String key = "k".repeat(1025);

    assertThatThrownBy(() -> read("{\"message_id\":\"m\",\"payload\":{\"" + key + "\":1}}"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void somethingAfterTheEnvelope_isMalformed() {
    assertThatThrownBy(() -> read("{\"message_id\":\"m\",\"payload\":{}} {}"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void anythingButAnObjectWithAMessageIdAndAPayloadObject_isMalformed() {
    for (String bad :
        new String[] {
          "",
          "null",
          "[1]",
          "\"text\"",
          "{\"payload\":{}}",
          "{\"message_id\":\" \",\"payload\":{}}",
          "{\"message_id\":\"m\"}",
          "{\"message_id\":\"m\",\"payload\":[]}",
          "{\"message_id\":{\"id\":1},\"payload\":{}}",
          "{\"message_id\":\"m\",\"message_timestamp\":1e20,\"payload\":{}}"
        }) {
      assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(MalformedMessageException.class);
    }
  }

  @Test
  void aPayloadOfTheWrongShape_isMalformed() {
    Envelope<JsonNode> read =
        read("{\"message_id\":\"m\",\"payload\":{\"name\":\"ifttt_trigger\",\"params\":[1]}}");

    assertThatThrownBy(() -> codec.payload(read, TriggerPayload.class))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("m");
  }
}
