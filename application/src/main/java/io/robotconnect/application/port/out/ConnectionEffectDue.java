package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.Ids;

/**
 * One step of one behaviour to run for one stored trigger event.
 *
 * @param bookVersion the behaviour file version the indexes refer to
 * @param behaviour the index of the behaviour among those answering the event
 * @param step the index of the step in the behaviour
 */
public record ConnectionEffectDue(String eventId, int bookVersion, int behaviour, int step)
    implements OutboxPayload {
  public ConnectionEffectDue {
    Ids.require(eventId, "event id");
    if (behaviour < 0 || step < 0) {
      throw new IllegalArgumentException("behaviour and step indexes must not be negative");
    }
  }

  @Override
  public OutboxChannel<ConnectionEffectDue> channel() {
    return OutboxChannel.CONNECTION_EFFECTS;
  }
}
