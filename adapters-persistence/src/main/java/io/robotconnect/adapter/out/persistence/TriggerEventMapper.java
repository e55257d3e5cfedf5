package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class TriggerEventMapper {
  private TriggerEventMapper() {}

  /**
   * Maps timeline rows ({@code eventId, subjectFields, ingredients, occurredAt}) of the queried
   * subject. Rows almost always carry the subject's fields exactly as queried, so each distinct
   * spelling of the fields is parsed once per read, not once per row.
   */
  static List<TriggerEvent> toTimeline(TriggerSubject queried, List<Object[]> rows) {
    String queriedFields = JsonMaps.write(queried.fields());
    Map<String, TriggerSubject> subjects = new HashMap<>();
    subjects.put(queriedFields, queried);
    List<TriggerEvent> events = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      TriggerSubject subject =
          subjects.computeIfAbsent(
              (String) row[1],
              fields ->
                  new TriggerSubject(
                      queried.owner(), queried.triggerSlug(), JsonMaps.read(fields)));
      events.add(
          new TriggerEvent(
              (String) row[0], subject, JsonMaps.read((String) row[2]), (Instant) row[3]));
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
