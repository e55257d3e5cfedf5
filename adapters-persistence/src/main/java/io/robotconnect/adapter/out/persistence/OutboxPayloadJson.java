package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;

/**
 * Stores outbox payloads as JSON, with the platform's mapper: each payload record as an object of
 * its components, the value objects in it as their text ({@code "owner":"u-1"}).
 */
final class OutboxPayloadJson {
  private final ObjectMapper json;

  OutboxPayloadJson(ObjectMapper platformMapper) {
    this.json =
        platformMapper
            .copy()
            .addMixIn(OwnerId.class, TextValue.class)
            .addMixIn(ConnectionId.class, TextValue.class)
            .addMixIn(StepRef.class, QualifiedStep.class);
  }

  /** A value object of one text, written as that text. */
  private abstract static class TextValue {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    TextValue(String value) {}

    @JsonValue
    abstract String value();
  }

  /** A step written {@code service_id.step_id}, as the Connect API writes it. */
  private abstract static class QualifiedStep {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StepRef parse(String qualified) {
      throw new UnsupportedOperationException("a mix-in");
    }

    @JsonValue
    abstract String qualified();
  }

  String write(OutboxPayload payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write an outbox payload of " + payload.channel(), e);
    }
  }

  /**
   * The channel's payload stored as {@code text}.
   *
   * @throws IllegalArgumentException saying why, when the text is not one
   */
  <P extends OutboxPayload> P read(OutboxChannel<P> channel, String text) {
    P payload;
    try {
      payload = json.readValue(text, channel.payloadType());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
    if (payload == null) {
      throw new IllegalArgumentException("no payload in " + text.length() + " characters");
    }
    return payload;
  }
}
