package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RecordVoiceCommandCommand;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a phrase a robot heard into a trigger event of its owner's voice-command identity, and
 * queues the Realtime notification in the same transaction.
 */
public final class RecordVoiceCommandService implements RecordVoiceCommandUseCase {

  private static final Logger LOG = LoggerFactory.getLogger(RecordVoiceCommandService.class);

  private final RobotRepository robots;
  private final TriggerIdentityRepository identities;
  private final TriggerEventRepository events;
  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final OutboxSignal signal;

  public RecordVoiceCommandService(
      RobotRepository robots,
      TriggerIdentityRepository identities,
      TriggerEventRepository events,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      OutboxSignal signal) {
    this.robots = robots;
    this.identities = identities;
    this.events = events;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.signal = signal;
  }

  @Override
  public List<VoiceCommandOutcome> recordAll(List<RecordVoiceCommandCommand> commands) {
    if (commands.isEmpty()) {
      return List.of();
    }
    List<VoiceCommandOutcome> outcomes =
        unitOfWork.inTransaction(() -> recordInTransaction(commands));
    boolean anyRecorded = false;
    for (int i = 0; i < commands.size(); i++) {
      RecordVoiceCommandCommand command = commands.get(i);
      VoiceCommandOutcome outcome = outcomes.get(i);
      switch (outcome) {
        case RECORDED -> anyRecorded = true;
        case DUPLICATE -> LOG.debug("voice command {} was already recorded", command.messageId());
        default ->
            LOG.warn(
                "dropped voice command {} of robot {} for trigger identity {}: {}",
                command.messageId(),
                command.robot(),
                command.triggerIdentity(),
                outcome);
      }
    }
    if (anyRecorded) {
      signal.enqueued(OutboxChannel.REALTIME);
    }
    return outcomes;
  }

  /**
   * Reads the batch's robots and identities in one query each and stores its events in one
   * statement batch, so a batch costs a few round trips whatever its size.
   */
  private List<VoiceCommandOutcome> recordInTransaction(List<RecordVoiceCommandCommand> commands) {
    Map<RobotId, OwnerId> robotOwners =
        robots.ownersOf(commands.stream().map(RecordVoiceCommandCommand::robot).toList());
    Map<String, TriggerIdentity> identitiesById =
        identities.findAllById(
            commands.stream().map(RecordVoiceCommandCommand::triggerIdentity).toList());
    List<VoiceCommandOutcome> outcomes = new ArrayList<>(commands.size());
    List<TriggerEvent> toAppend = new ArrayList<>();
    List<Integer> appendedAt = new ArrayList<>();
    for (RecordVoiceCommandCommand command : commands) {
      Optional<TriggerIdentity> identity =
          Optional.ofNullable(identitiesById.get(command.triggerIdentity()));
      VoiceCommandOutcome check =
          check(Optional.ofNullable(robotOwners.get(command.robot())), identity);
      outcomes.add(check);
      if (check == VoiceCommandOutcome.RECORDED) {
        toAppend.add(eventOf(command, identity.orElseThrow().subject()));
        appendedAt.add(outcomes.size() - 1);
      }
    }
    List<Boolean> stored = events.appendAll(toAppend);
    Set<String> notifyIdentities = new LinkedHashSet<>();
    Set<OwnerId> notifyUsers = new LinkedHashSet<>();
    for (int i = 0; i < stored.size(); i++) {
      int at = appendedAt.get(i);
      if (stored.get(i)) {
        // The user id makes IFTTT poll every trigger of the owner, so the other identities of the
        // same subject (which share this timeline) are covered without looking them up.
        notifyIdentities.add(commands.get(at).triggerIdentity());
        notifyUsers.add(toAppend.get(i).subject().owner());
      } else {
        outcomes.set(at, VoiceCommandOutcome.DUPLICATE);
      }
    }
    enqueueNotifications(notifyIdentities, notifyUsers);
    return outcomes;
  }

  /** RECORDED when the event may be stored, else why not. */
  private static VoiceCommandOutcome check(
      Optional<OwnerId> robotOwner, Optional<TriggerIdentity> identity) {
    if (robotOwner.isEmpty()) {
      return VoiceCommandOutcome.UNKNOWN_ROBOT;
    }
    if (identity.isEmpty()
        || !VoiceCommandTrigger.SLUG.equals(identity.get().subject().triggerSlug())) {
      return VoiceCommandOutcome.UNKNOWN_IDENTITY;
    }
    if (!identity.get().subject().owner().equals(robotOwner.get())) {
      return VoiceCommandOutcome.FOREIGN_IDENTITY;
    }
    if (!identity.get().isLive()) {
      return VoiceCommandOutcome.DELETED_IDENTITY;
    }
    return VoiceCommandOutcome.RECORDED;
  }

  private static TriggerEvent eventOf(RecordVoiceCommandCommand command, TriggerSubject subject) {
    return new TriggerEvent(command.messageId(), subject, ingredients(subject), command.heardAt());
  }

  /** One outbox message per (at most) one Realtime call's worth of entries. */
  private void enqueueNotifications(Set<String> identityIds, Set<OwnerId> users) {
    List<String> identityList = new ArrayList<>(identityIds);
    List<OwnerId> userList = new ArrayList<>(users);
    int half = RealtimeBatch.MAX_ENTRIES / 2;
    for (int from = 0; from < Math.max(identityList.size(), userList.size()); from += half) {
      outbox.enqueue(
          new RealtimeNotification(slice(identityList, from, half), slice(userList, from, half)));
    }
  }

  private static <T> List<T> slice(List<T> list, int from, int size) {
    return from >= list.size() ? List.of() : list.subList(from, Math.min(list.size(), from + size));
  }

  private static Map<String, String> ingredients(TriggerSubject subject) {
    return Map.of(
        VoiceCommandTrigger.PHRASE_INGREDIENT,
        subject.fields().getOrDefault(VoiceCommandTrigger.PHRASE_FIELD, ""));
  }
}
