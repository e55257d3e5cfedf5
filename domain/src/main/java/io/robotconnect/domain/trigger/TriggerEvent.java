package io.robotconnect.domain.trigger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened that a trigger reports: its ingredients and when it occurred.
 *
 * @param id unique and stable; IFTTT de-duplicates by it ({@code meta.id})
 */
public record TriggerEvent(
    String id, TriggerSubject subject, Map<String, String> ingredients, Instant occurredAt) {
  public static final int MAX_ID_LENGTH = 100;

  public TriggerEvent {
    if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("event id must be 1-100 characters");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(occurredAt, "occurredAt");
    ingredients = Map.copyOf(ingredients == null ? Map.of() : ingredients);
  }
}
