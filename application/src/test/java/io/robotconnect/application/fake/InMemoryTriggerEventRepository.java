package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trigger events in a map; a timeline is filtered and sorted on every read. */
public final class InMemoryTriggerEventRepository implements TriggerEventRepository {
  private static final Comparator<TriggerEvent> NEWEST_FIRST =
      Comparator.comparing(TriggerEvent::occurredAt).thenComparing(TriggerEvent::id).reversed();

  private final Map<String, TriggerEvent> events = new LinkedHashMap<>();

  @Override
  public synchronized boolean append(TriggerEvent event) {
    return events.putIfAbsent(event.id(), event) == null;
  }

  @Override
  public synchronized List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit) {
    String fieldsKey = subject.fieldsKey();
    return events.values().stream()
        .filter(e -> e.subject().owner().equals(subject.owner()))
        .filter(e -> e.subject().triggerSlug().equals(subject.triggerSlug()))
        .filter(e -> e.subject().fieldsKey().equals(fieldsKey))
        .sorted(NEWEST_FIRST)
        .limit(limit.value())
        .map(e -> new TriggerEvent(e.id(), subject, e.ingredients(), e.occurredAt()))
        .toList();
  }

  /** Every stored event by id, in the order appended (for assertions). */
  public synchronized Map<String, TriggerEvent> byId() {
    return new LinkedHashMap<>(events);
  }
}
