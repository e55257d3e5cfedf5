package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes {@link Envelope}s; timestamps are unix seconds with a fraction. */
public final class EnvelopeCodec {
  private final ObjectMapper json;

  public EnvelopeCodec(ObjectMapper json) {
    this.json = json;
  }

  public EnvelopeCodec() {
    this(new ObjectMapper());
  }

  public ObjectMapper json() {
    return json;
  }

  public byte[] write(Envelope envelope) {
    ObjectNode node = json.createObjectNode();
    node.put("api_version", envelope.apiVersion());
    node.put("message_id", envelope.messageId());
    node.put("robot_id", envelope.robotId());
    node.put("message_timestamp", seconds(envelope.timestamp()));
    node.put("message_origin", envelope.origin());
    node.set("payload", envelope.payload());
    envelope.actionId().ifPresent(id -> node.put("action_id", id));
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an envelope is always writable", e);
    }
  }

  /**
   * Reads an envelope; unknown keys are ignored.
   *
   * @throws MalformedMessageException when the bytes are not an envelope
   */
  public Envelope read(byte[] bytes) {
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (IOException e) {
      throw new MalformedMessageException("not JSON: " + preview(bytes));
    }
    if (node == null || !node.isObject()) {
      throw new MalformedMessageException("not a JSON object: " + preview(bytes));
    }
    String messageId = text(node, "message_id");
    if (messageId == null || messageId.isBlank()) {
      throw new MalformedMessageException("no message_id");
    }
    JsonNode payload = node.get("payload");
    if (payload == null || !payload.isObject()) {
      throw new MalformedMessageException("no payload object in message " + messageId);
    }
    JsonNode stamp = node.get("message_timestamp");
    Instant timestamp = null;
    if (stamp != null && stamp.isNumber()) {
      try {
        timestamp = instant(stamp.decimalValue());
      } catch (java.time.DateTimeException | ArithmeticException e) {
        throw new MalformedMessageException("message_timestamp out of range in " + messageId);
      }
    }
    return new Envelope(
        text(node, "api_version"),
        messageId,
        text(node, "robot_id"),
        timestamp,
        text(node, "message_origin"),
        payload,
        Optional.ofNullable(text(node, "action_id")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static BigDecimal seconds(Instant at) {
    return BigDecimal.valueOf(at.getEpochSecond())
        .add(BigDecimal.valueOf(at.getNano() / 1_000_000, 3));
  }

  private static Instant instant(BigDecimal seconds) {
    try {
      long whole = seconds.longValueExact();
      return Instant.ofEpochSecond(whole);
    } catch (ArithmeticException fraction) {
      long whole = seconds.longValue();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole, nanos);
    }
  }

  private static String preview(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.UTF_8);
    return text.replaceAll("\\p{Cntrl}", "?");
  }
}
