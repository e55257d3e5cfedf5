package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Objects;

/** Gives each robot of the owner the owner's current list of voice-command phrases. */
public record PhraseListPush(OwnerId owner) implements OutboxPayload {
  public PhraseListPush {
    Objects.requireNonNull(owner, "owner");
  }

  @Override
  public OutboxChannel<PhraseListPush> channel() {
    return OutboxChannel.ROBOT_PHRASES;
  }
}
