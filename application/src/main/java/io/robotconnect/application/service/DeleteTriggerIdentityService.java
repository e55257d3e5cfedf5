package io.robotconnect.application.service;

import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.in.DeleteTriggerIdentityUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.trigger.TriggerIdentity;

/** Soft-deletes trigger identities; deleting twice, or an identity never seen, changes nothing. */
public class DeleteTriggerIdentityService implements DeleteTriggerIdentityUseCase {
  private final TriggerIdentityRepository identities;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final PhraseListChanges phraseListChanges;

  public DeleteTriggerIdentityService(
      TriggerIdentityRepository identities,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal) {
    this.identities = identities;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.phraseListChanges = new PhraseListChanges(outbox, signal);
  }

  @Override
  public void delete(DeleteTriggerIdentityCommand command) {
    boolean pushQueued =
        unitOfWork.inTransaction(
            () ->
                identities
                    .findById(command.triggerIdentity())
                    .filter(TriggerIdentity::isLive)
                    .filter(identity -> isOf(identity, command))
                    .map(
                        identity -> {
                          identities.save(identity.deleted(clock.now()));
                          return phraseListChanges.changed(identity.subject());
                        })
                    .orElse(false));
    phraseListChanges.committed(pushQueued);
  }

  /** The identity belongs to the command's trigger and, when an owner asks, to that owner. */
  private static boolean isOf(TriggerIdentity identity, DeleteTriggerIdentityCommand command) {
    return identity.subject().triggerSlug().equals(command.triggerSlug())
        && command
            .requestedBy()
            .map(owner -> owner.equals(identity.subject().owner()))
            .orElse(true);
  }
}
