package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A trigger poll's answer, {@code {"data":[{"voice_command":..,"created_at":..,"meta":{"id":..,
 * "timestamp":..}},..]}}, written straight into bytes: a poll writes up to 50 such items, for which
 * Jackson's streaming generator took about a sixth longer, and records written by a prepared
 * ObjectWriter cost the server 6-8 % more CPU per poll (docs/performance.md, "Poll answers as
 * records"). The two strings that come from outside (the phrase and the event id) are escaped by
 * Jackson's own encoder unless they are plain ASCII, so the text is exactly what Jackson would
 * write.
 */
final class TriggerItemsJson {
  /** ISO-8601 with a numeric offset, e.g. {@code 2013-11-04T09:23:00-07:00}. */
  static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();
  private static final int ITEM_BYTES = 160;
  private static final byte[] START = ascii("{\"data\":[");
  private static final byte[] END = ascii("]}");
  private static final byte[] VOICE_COMMAND = ascii("\"voice_command\":\"");
  private static final byte[] CREATED = ascii("\"created_at\":\"");
  private static final byte[] META_ID = ascii("\",\"meta\":{\"id\":\"");
  private static final byte[] TIMESTAMP = ascii("\",\"timestamp\":");
  private static final byte[] ITEM_END = ascii("}}");

  private TriggerItemsJson() {}

  /** The answer's UTF-8 bytes, dates in {@code zone}. */
  static byte[] of(List<TriggerEvent> timeline, ZoneId zone) {
    Bytes json = new Bytes(START.length + END.length + timeline.size() * ITEM_BYTES);
    json.add(START);
    for (int i = 0; i < timeline.size(); i++) {
      TriggerEvent event = timeline.get(i);
      if (i > 0) {
        json.add((byte) ',');
      }
      json.add((byte) '{');
      String phrase = event.ingredients().get(VoiceCommandTrigger.PHRASE_INGREDIENT);
      if (phrase != null) {
        json.add(VOICE_COMMAND);
        json.addEscaped(phrase);
        json.add((byte) '"');
        json.add((byte) ',');
      }
      json.add(CREATED);
      addCreatedAt(json, event.occurredAt(), zone);
      json.add(META_ID);
      json.addEscaped(event.id());
      json.add(TIMESTAMP);
      json.addNumber(event.occurredAt().getEpochSecond());
      json.add(ITEM_END);
    }
    json.add(END);
    return json.toArray();
  }

  /** {@link #CREATED_AT}'s text of {@code at} in {@code zone}. */
  static String createdAt(Instant at, ZoneId zone) {
    Bytes text = new Bytes(25);
    addCreatedAt(text, at, zone);
    return new String(text.toArray(), StandardCharsets.US_ASCII);
  }

  /**
   * Adds {@link #CREATED_AT}'s text, written by hand for the usual case (years 0-9999, an offset of
   * whole minutes) since a poll writes up to 50 dates.
   */
  private static void addCreatedAt(Bytes json, Instant at, ZoneId zone) {
    ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(at);
    int offsetSeconds = offset.getTotalSeconds();
    LocalDateTime local = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, offset);
    int year = local.getYear();
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
      json.add(ascii(CREATED_AT.format(at.atZone(zone))));
      return;
    }
    json.addDigits(year, 4);
    json.add((byte) '-');
    json.addDigits(local.getMonthValue(), 2);
    json.add((byte) '-');
    json.addDigits(local.getDayOfMonth(), 2);
    json.add((byte) 'T');
    json.addDigits(local.getHour(), 2);
    json.add((byte) ':');
    json.addDigits(local.getMinute(), 2);
    json.add((byte) ':');
    json.addDigits(local.getSecond(), 2);
    json.add(offsetSeconds < 0 ? (byte) '-' : (byte) '+');
    int offsetMinutes = Math.abs(offsetSeconds) / 60;
    json.addDigits(offsetMinutes / 60, 2);
    json.add((byte) ':');
    json.addDigits(offsetMinutes % 60, 2);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A growing byte array, unsynchronised unlike {@link java.io.ByteArrayOutputStream}. */
  private static final class Bytes {
    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
      bytes = new byte[capacity];
    }

    void add(byte one) {
      room(1);
      bytes[size++] = one;
    }

    void add(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    /**
     * {@code text} as the inside of a JSON string: as it is when it is printable ASCII without a
     * quote or backslash (ids and most phrases), else as Jackson's encoder escapes it.
     */
    void addEscaped(String text) {
      int length = text.length();
      room(length);
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
          add(ESCAPE.quoteAsUTF8(text));
          return;
        }
        bytes[size + i] = (byte) c;
      }
      size += length;
    }

    /** {@code value} in decimal, as JSON writes a number; an Instant's seconds never overflow. */
    void addNumber(long value) {
      if (value < 0) {
        add((byte) '-');
        value = -value;
      }
      int width = 1;
      for (long rest = value / 10; rest > 0; rest /= 10) {
        width++;
      }
      addDigits(value, width);
    }

    /** {@code value}'s last {@code width} decimal digits, zero-padded. */
    void addDigits(long value, int width) {
      room(width);
      for (int i = size + width - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      size += width;
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }
}
