package io.robotconnect.application.service;

import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;

/**
 * Queues a push of an owner's voice-command phrase list to their robot whenever the owner's live
 * {@code voice_command} identities change. The push itself is the robot adapter's work.
 */
final class PhraseListChanges {
  private final OutboxRepository outbox;
  private final OutboxSignal signal;

  PhraseListChanges(OutboxRepository outbox, OutboxSignal signal) {
    this.outbox = outbox;
    this.signal = signal;
  }

  /**
   * Call inside the transaction that changed the identities of {@code subject}; true when a push
   * was queued (then call {@link #committed} once the transaction has committed).
   */
  boolean changed(TriggerSubject subject) {
    if (VoiceCommandTrigger.SLUG.equals(subject.triggerSlug())) {
      pushFor(subject.owner());
      return true;
    }
    return false;
  }

  /** Wakes this instance's phrase-list worker after a commit that queued pushes. */
  void committed(boolean queued) {
    if (queued) {
      signal.enqueued(OutboxChannel.ROBOT_PHRASES);
    }
  }

  private void pushFor(OwnerId owner) {
    outbox.enqueue(new PhraseListPush(owner));
  }
}
