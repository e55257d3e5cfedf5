package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.ArrayList;
import java.util.List;

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
}
