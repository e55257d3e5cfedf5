package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Maps trigger events to their rows and timeline rows back to events. */
final class TriggerEventMapper {
  private final JsonMaps maps;

  TriggerEventMapper(JsonMaps maps) {
    this.maps = maps;
  }

  /**
   * Maps timeline rows ({@code event_id, ingredients, occurred_at}). They all belong to the queried
   * subject: the rows were selected by its fields key, a SHA-256 of the normalised fields.
   */
  List<TriggerEvent> toTimeline(TriggerSubject queried, ResultSet rows, int expected)
      throws SQLException {
    List<TriggerEvent> events = new ArrayList<>(expected);
    while (rows.next()) {
      events.add(toEvent(queried, rows));
    }
    return events;
  }

  /** Maps the current timeline row, as {@link #toTimeline} does. */
  TriggerEvent toEvent(TriggerSubject queried, ResultSet row) throws SQLException {
    return new TriggerEvent(
        row.getString(1),
        queried,
        maps.read(row.getString(2)),
        row.getObject(3, OffsetDateTime.class).toInstant());
  }

  TriggerEventEntity toEntity(TriggerEvent event) {
    TriggerSubject subject = event.subject();
    TriggerEventEntity entity = new TriggerEventEntity();
    entity.eventId = event.id();
    entity.ownerId = subject.owner().value();
    entity.triggerSlug = subject.triggerSlug();
    entity.fieldsKey = subject.fieldsKey();
    entity.subjectFields = maps.write(subject.fields());
    entity.ingredients = maps.write(event.ingredients());
    entity.occurredAt = event.occurredAt();
    return entity;
  }
}
