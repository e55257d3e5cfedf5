package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.List;

/** Stores trigger events and reads a subject's timeline. */
public interface TriggerEventRepository {

  /** Stores the event; returns false, changing nothing, when an event with its id exists. */
  boolean append(TriggerEvent event);

  /** The subject's newest events, newest first, at most {@code limit}; reads O(limit) rows. */
  List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit);
}
