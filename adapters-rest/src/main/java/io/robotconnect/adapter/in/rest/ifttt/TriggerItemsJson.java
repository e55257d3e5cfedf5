package io.robotconnect.adapter.in.rest.ifttt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.robotconnect.adapter.in.rest.ObjectMapperProvider;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A trigger poll's answer, {@code {"data":[{"voice_command":..,"created_at":..,"meta":{"id":..,
 * "timestamp":..}},..]}}, written with Jackson's streaming generator: every poll writes up to 50
 * such items, and going through data-binding for each cost more than the rest of the answer.
 */
final class TriggerItemsJson {
  /** ISO-8601 with a numeric offset, e.g. {@code 2013-11-04T09:23:00-07:00}. */
  static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private static final JsonFactory JSON = ObjectMapperProvider.mapper().getFactory();
  private static final int ITEM_BYTES = 160;
  // field names encoded once, not once per item
  private static final SerializedString DATA = new SerializedString("data");
  private static final SerializedString VOICE_COMMAND = new SerializedString("voice_command");
  private static final SerializedString CREATED = new SerializedString("created_at");
  private static final SerializedString META = new SerializedString("meta");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TIMESTAMP = new SerializedString("timestamp");

  private TriggerItemsJson() {}

  /** The answer's UTF-8 bytes, dates in {@code zone}. */
  static byte[] of(List<TriggerEvent> timeline, ZoneId zone) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + timeline.size() * ITEM_BYTES);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeFieldName(DATA);
      json.writeStartArray();
      for (TriggerEvent event : timeline) {
        json.writeStartObject();
        String phrase = event.ingredients().get(VoiceCommandTrigger.PHRASE_INGREDIENT);
        if (phrase != null) {
          json.writeFieldName(VOICE_COMMAND);
          json.writeString(phrase);
        }
        json.writeFieldName(CREATED);
        json.writeString(createdAt(event.occurredAt(), zone));
        json.writeFieldName(META);
        json.writeStartObject();
        json.writeFieldName(ID);
        json.writeString(event.id());
        json.writeFieldName(TIMESTAMP);
        json.writeNumber(event.occurredAt().getEpochSecond());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * {@link #CREATED_AT}'s text, formatted by hand for the usual case (years 0-9999, an offset of
   * whole minutes) since a poll formats up to 50 dates.
   */
  static String createdAt(Instant at, ZoneId zone) {
    ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(at);
    int offsetSeconds = offset.getTotalSeconds();
    LocalDateTime local = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, offset);
    int year = local.getYear();
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
      return CREATED_AT.format(at.atZone(zone));
    }
    char[] text = new char[25];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, local.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, local.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, local.getHour(), 2);
    text[13] = ':';
    digits(text, 14, local.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, local.getSecond(), 2);
    text[19] = offsetSeconds < 0 ? '-' : '+';
    int offsetMinutes = Math.abs(offsetSeconds) / 60;
    digits(text, 20, offsetMinutes / 60, 2);
    text[22] = ':';
    digits(text, 23, offsetMinutes % 60, 2);
    return new String(text);
  }

  private static void digits(char[] into, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      into[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
