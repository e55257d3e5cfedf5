package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores trigger events and reads a subject's timeline. */
public interface TriggerEventRepository {

  /** Stores the event; returns false, changing nothing, when an event with its id exists. */
  boolean append(TriggerEvent event);

  /**
   * Stores the events in order, each as {@link #append} would; the answer says, per event, whether
   * it was stored (false for an existing id, or an id earlier in the same list).
   */
  default List<Boolean> appendAll(List<TriggerEvent> events) {
    List<Boolean> stored = new ArrayList<>(events.size());
    for (TriggerEvent event : events) {
      stored.add(append(event));
    }
    return stored;
  }

  /**
   * The subject's newest events, newest first, at most {@code limit}, each under {@code subject} as
   * asked (field values that differ only in case and blanks share one timeline); reads O(limit)
   * rows.
   */
  List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit);

  /**
   * One batch of a purge of the events that rolled off their timelines: examines up to {@code max}
   * events that occurred before {@code occurredBefore}, oldest first, after {@code after} (from the
   * oldest when empty), and deletes each that has at least {@code keepNewest} newer events in its
   * subject's timeline, so that a subject's newest {@code keepNewest} events are never deleted,
   * however old. The answer says where the next batch starts.
   */
  PurgeSweep purgeRolledOff(
      Instant occurredBefore, int keepNewest, Optional<AgePosition> after, int max);

  /** Where an event stands in the oldest-first order of all events: by time, then by id. */
  record AgePosition(Instant occurredAt, String eventId) {
    public AgePosition {
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(eventId, "eventId");
    }
  }

  /**
   * What one batch of a purge did.
   *
   * @param deleted how many events it deleted
   * @param next the last event it examined, where the next batch goes on; empty when it examined
   *     fewer than it could, so that none older than the bound is left to examine
   */
  record PurgeSweep(int deleted, Optional<AgePosition> next) {
    public PurgeSweep {
      if (deleted < 0) {
        throw new IllegalArgumentException("deleted must not be negative");
      }
      Objects.requireNonNull(next, "next");
    }
  }
}
