package io.robotconnect.application.port.in;

import io.robotconnect.domain.trigger.TriggerEvent;
import java.util.List;

/** Answers IFTTT's poll of a trigger identity with the newest events of its subject. */
public interface PollTriggerUseCase {

  /** Registers (or revives) the identity and returns its subject's newest events, newest first. */
  List<TriggerEvent> poll(PollTriggerQuery query);
}
