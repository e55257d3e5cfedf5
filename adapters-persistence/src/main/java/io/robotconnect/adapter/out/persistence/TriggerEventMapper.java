package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

final class TriggerEventMapper {
  private TriggerEventMapper() {}

  /**
   * Maps timeline rows ({@code event_id, ingredients, occurred_at}). They all belong to the queried
   * subject: the rows were selected by its fields key, a SHA-256 of the normalised fields.
   */
  static List<TriggerEvent> toTimeline(TriggerSubject queried, ResultSet rows, int expected)
      throws SQLException {
    List<TriggerEvent> events = new ArrayList<>(expected);
    while (rows.next()) {
      events.add(toEvent(queried, rows));
    }
    return events;
  }

  /** Maps the current timeline row, as {@link #toTimeline} does. */
  static TriggerEvent toEvent(TriggerSubject queried, ResultSet row) throws SQLException {
    return new TriggerEvent(
        row.getString(1),
        queried,
        JsonMaps.read(row.getString(2)),
        row.getObject(3, OffsetDateTime.class).toInstant());
  }

  static TriggerEventEntity toEntity(TriggerEvent event) {
    TriggerSubject subject = event.subject();
    TriggerEventEntity entity = new TriggerEventEntity();
    entity.eventId = event.id();
    entity.ownerId = subject.owner().value();
    entity.triggerSlug = subject.triggerSlug();
    entity.fieldsKey = subject.fieldsKey();
    entity.subjectFields = JsonMaps.write(subject.fields());
    entity.ingredients = JsonMaps.write(event.ingredients());
    entity.occurredAt = event.occurredAt();
    return entity;
  }
}
