package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class TriggerEventMapper {
  private TriggerEventMapper() {}

  /**
   * Maps timeline rows ({@code event_id, subject_fields, ingredients, occurred_at}) of the queried
   * subject. Rows almost always carry the subject's fields exactly as queried, so each distinct
   * spelling of the fields is parsed once per read, not once per row.
   */
  static List<TriggerEvent> toTimeline(TriggerSubject queried, ResultSet rows, int expected)
      throws SQLException {
    Map<String, TriggerSubject> subjects = new HashMap<>();
    subjects.put(JsonMaps.write(queried.fields()), queried);
    List<TriggerEvent> events = new ArrayList<>(expected);
    while (rows.next()) {
      TriggerSubject subject =
          subjects.computeIfAbsent(
              rows.getString(2),
              fields ->
                  new TriggerSubject(
                      queried.owner(), queried.triggerSlug(), JsonMaps.read(fields)));
      events.add(
          new TriggerEvent(
              rows.getString(1),
              subject,
              JsonMaps.read(rows.getString(3)),
              rows.getObject(4, OffsetDateTime.class).toInstant()));
    }
    return events;
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
