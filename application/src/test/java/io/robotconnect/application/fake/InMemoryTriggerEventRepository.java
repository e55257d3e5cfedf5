package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trigger events in a map; a timeline is filtered and sorted on every read. */
public final class InMemoryTriggerEventRepository implements TriggerEventRepository {
  private static final Comparator<TriggerEvent> NEWEST_FIRST =
      Comparator.comparing(TriggerEvent::occurredAt).thenComparing(TriggerEvent::id).reversed();

  private static final Comparator<AgePosition> OLDEST_FIRST =
      Comparator.comparing(AgePosition::occurredAt).thenComparing(AgePosition::eventId);

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

  @Override
  public synchronized PurgeSweep purgeRolledOff(
      Instant occurredBefore, int keepNewest, Optional<AgePosition> after, int max) {
    List<TriggerEvent> examined =
        events.values().stream()
            .filter(e -> e.occurredAt().isBefore(occurredBefore))
            .filter(e -> after.map(a -> OLDEST_FIRST.compare(position(e), a) > 0).orElse(true))
            .sorted(Comparator.comparing(InMemoryTriggerEventRepository::position, OLDEST_FIRST))
            .limit(max)
            .toList();
    List<TriggerEvent> rolledOff =
        examined.stream().filter(e -> newerInItsTimeline(e) >= keepNewest).toList();
    rolledOff.forEach(e -> events.remove(e.id()));
    Optional<AgePosition> next =
        examined.size() < max
            ? Optional.empty()
            : Optional.of(position(examined.get(examined.size() - 1)));
    return new PurgeSweep(rolledOff.size(), next);
  }

  private long newerInItsTimeline(TriggerEvent event) {
    return events.values().stream()
        .filter(e -> sameSubject(e, event))
        .filter(e -> OLDEST_FIRST.compare(position(e), position(event)) > 0)
        .count();
  }

  private static boolean sameSubject(TriggerEvent a, TriggerEvent b) {
    return a.subject().owner().equals(b.subject().owner())
        && a.subject().triggerSlug().equals(b.subject().triggerSlug())
        && a.subject().fieldsKey().equals(b.subject().fieldsKey());
  }

  private static AgePosition position(TriggerEvent event) {
    return new AgePosition(event.occurredAt(), event.id());
  }

  /** Every stored event by id, in the order appended (for assertions). */
  public synchronized Map<String, TriggerEvent> byId() {
    return new LinkedHashMap<>(events);
  }
}
