package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.TestJson;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriggerItemsJsonTest {
  private static final TriggerSubject SUBJECT =
      new TriggerSubject(new OwnerId("alice"), "voice_command", Map.of("voice_command", "hi"));

  @Test
  void givenInstantsAndZones_whenFormattingCreatedAt_thenTextIsThatOfTheIsoPattern() {
    Random random = new Random(20261122);
    List<ZoneId> zones =
        List.of(
            ZoneOffset.UTC,
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Eucla"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Europe/Amsterdam"),
            ZoneOffset.ofHoursMinutesSeconds(-3, -30, -15));
    long latest = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      // from before the year 0 (formatter fallback) to the year 9999, plus the eras of LMT offsets
      long seconds =
          i % 2 == 0
              ? Math.floorMod(random.nextLong(), latest + 70_000_000_000L) - 70_000_000_000L
              : Math.floorMod(random.nextLong(), 5_000_000_000L) - 2_000_000_000L;
      Instant at = Instant.ofEpochSecond(seconds);
      for (ZoneId zone : zones) {
        assertThat(TriggerItemsJson.createdAt(at, zone))
            .as("%s in %s", at, zone)
            .isEqualTo(TriggerItemsJson.CREATED_AT.format(at.atZone(zone)));
      }
    }
  }

  @Test
  void givenEvents_whenWritten_thenItemsCarryPhraseDateAndMeta_andLeaveOutAMissingPhrase()
      throws Exception {
    Instant at = Instant.parse("2026-11-04T17:23:00Z");
    byte[] json =
        TriggerItemsJson.of(
            List.of(
                new TriggerEvent("evt-2", SUBJECT, Map.of("voice_command", "Hi \"robot\" ü"), at),
                new TriggerEvent("evt-1", SUBJECT, Map.of(), at.minusSeconds(60))),
            ZoneId.of("America/Los_Angeles"));

    JsonNode data = TestJson.shared().readTree(json).get("data");
    assertThat(data).hasSize(2);
    assertThat(data.get(0).get("voice_command").asText()).isEqualTo("Hi \"robot\" ü");
    assertThat(data.get(0).get("created_at").asText()).isEqualTo("2026-11-04T09:23:00-08:00");
    assertThat(data.get(0).get("meta").get("id").asText()).isEqualTo("evt-2");
    assertThat(data.get(0).get("meta").get("timestamp").asLong()).isEqualTo(at.getEpochSecond());
    assertThat(data.get(1).has("voice_command")).isFalse();
    assertThat(data.get(1).get("meta").get("id").asText()).isEqualTo("evt-1");
  }

  @Test
  void givenPhrasesOfAnyCharacters_whenWritten_thenTextIsExactlyWhatJacksonWrites()
      throws Exception {
    Random random = new Random(20261130);
    String alphabet = "aZ09 \"\\/\b\f\n\r\t\u0000\u001f\u007f\u00e9\u20ac\u2028\ud83e\udd16";
    List<TriggerEvent> events = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        int at = random.nextInt(alphabet.length());
        // the robot emoji is a surrogate pair: never split it
        if (Character.isSurrogate(alphabet.charAt(at))) {
          phrase.append("\ud83e\udd16");
        } else {
          phrase.append(alphabet.charAt(at));
        }
      }
      Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
      events.add(
          new TriggerEvent(
              "evt-" + phrase, SUBJECT, Map.of("voice_command", phrase.toString()), at));
    }
    ZoneId zone = ZoneId.of("Asia/Kolkata");

    StringWriter expected = new StringWriter();
    try (JsonGenerator json = TestJson.shared().getFactory().createGenerator(expected)) {
      json.writeStartObject();
      json.writeArrayFieldStart("data");
      for (TriggerEvent event : events) {
        json.writeStartObject();
        json.writeStringField("voice_command", event.ingredients().get("voice_command"));
        json.writeStringField(
            "created_at", TriggerItemsJson.CREATED_AT.format(event.occurredAt().atZone(zone)));
        json.writeObjectFieldStart("meta");
        json.writeStringField("id", event.id());
        json.writeNumberField("timestamp", event.occurredAt().getEpochSecond());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    assertThat(new String(TriggerItemsJson.of(events, zone), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }

  @Test
  void givenNoEvents_whenWritten_thenDataIsAnEmptyList() {
    assertThat(new String(TriggerItemsJson.of(List.of(), ZoneOffset.UTC)))
        .isEqualTo("{\"data\":[]}");
  }
}
