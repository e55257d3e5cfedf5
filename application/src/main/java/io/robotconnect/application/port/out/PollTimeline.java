package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TriggerEvent;
import java.util.List;

/**
 * What a trigger poll reads: the subject's newest events, newest first, and whether the polling
 * identity is already registered, live, for exactly that subject (so the poll need write nothing).
 */
public record PollTimeline(List<TriggerEvent> events, boolean identityCurrent) {
  public PollTimeline {
    events = List.copyOf(events);
  }
}
