package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes and reads {@link Envelope}s with the platform's one JSON mapper, so that a robot's message
 * is parsed under the same limits as a request at the REST edge; timestamps are unix seconds with a
 * fraction.
 */
public final class EnvelopeCodec {
  /** The envelope as written: the payload is a record, the time has three decimals. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Written(
      String apiVersion,
      String messageId,
      String robotId,
      BigDecimal messageTimestamp,
      String messageOrigin,
      Object payload,
      String actionId) {}

  /** The envelope as read: the payload and the time are checked after parsing. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Read(
      String apiVersion,
      String messageId,
      String robotId,
      JsonNode messageTimestamp,
      String messageOrigin,
      JsonNode payload,
      String actionId) {}

  private final ObjectMapper json;

  public EnvelopeCodec(ObjectMapper json) {
    this.json = json;
  }

  public byte[] write(Envelope<?> envelope) {
    return bytes(
        new Written(
            envelope.apiVersion(),
            envelope.messageId(),
            envelope.robotId(),
            seconds(envelope.timestamp()),
            envelope.origin(),
            envelope.payload(),
            envelope.actionId().orElse(null)));
  }

  /** The JSON bytes of one part of a message, to measure it. */
  byte[] bytes(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message record is always writable", e);
    }
  }

  /**
   * Reads an envelope; unknown keys are ignored.
   *
   * @throws MalformedMessageException when the bytes are not an envelope
   */
  public Envelope<JsonNode> read(byte[] bytes) {
    Read read;
    try {
      read = json.readValue(bytes, Read.class);
    } catch (MismatchedInputException e) {
      throw new MalformedMessageException("not an envelope: " + preview(bytes));
    } catch (IOException e) {
      throw new MalformedMessageException("not JSON: " + preview(bytes));
    }
    if (read == null) {
      throw new MalformedMessageException("not a JSON object: " + preview(bytes));
    }
    String messageId = read.messageId();
    if (messageId == null || messageId.isBlank()) {
      throw new MalformedMessageException("no message_id");
    }
    if (read.payload() == null || !read.payload().isObject()) {
      throw new MalformedMessageException("no payload object in message " + messageId);
    }
    return new Envelope<>(
        read.apiVersion(),
        messageId,
        read.robotId(),
        timestamp(read.messageTimestamp(), messageId),
        read.messageOrigin(),
        read.payload(),
        Optional.ofNullable(read.actionId()));
  }

  /**
   * The payload of an envelope that was read, as the record of its kind.
   *
   * @throws MalformedMessageException when the payload does not have the kind's shape
   */
  public <T> T payload(Envelope<JsonNode> envelope, Class<T> type) {
    try {
      return json.treeToValue(envelope.payload(), type);
    } catch (JsonProcessingException e) {
      throw new MalformedMessageException(
          "bad payload in message " + envelope.messageId() + ": " + e.getOriginalMessage());
    }
  }

  /** The time of a message, or null when it has none as a number. */
  private static Instant timestamp(JsonNode stamp, String messageId) {
    if (stamp == null || !stamp.isNumber()) {
      return null;
    }
    try {
      return instant(stamp.decimalValue());
    } catch (DateTimeException | ArithmeticException e) {
      throw new MalformedMessageException("message_timestamp out of range in " + messageId);
    }
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
