package io.robotconnect.application.service;

import io.robotconnect.application.port.in.RecordVoiceCommandCommand;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

  static final DateTimeFormatter INGREDIENT_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
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
      signal.enqueued(RealtimeOutboxPayload.CHANNEL);
    }
    return outcomes;
  }

  private List<VoiceCommandOutcome> recordInTransaction(List<RecordVoiceCommandCommand> commands) {
    List<VoiceCommandOutcome> outcomes = new ArrayList<>(commands.size());
    Set<String> notifyIdentities = new LinkedHashSet<>();
    Set<OwnerId> notifyUsers = new LinkedHashSet<>();
    for (RecordVoiceCommandCommand command : commands) {
      VoiceCommandOutcome outcome = recordOne(command, notifyIdentities, notifyUsers);
      outcomes.add(outcome);
    }
    enqueueNotifications(notifyIdentities, notifyUsers);
    return outcomes;
  }

  private VoiceCommandOutcome recordOne(
      RecordVoiceCommandCommand command, Set<String> notifyIdentities, Set<OwnerId> notifyUsers) {
    Optional<Robot> robot = robots.findById(command.robot());
    if (robot.isEmpty()) {
      return VoiceCommandOutcome.UNKNOWN_ROBOT;
    }
    Optional<TriggerIdentity> found = identities.findById(command.triggerIdentity());
    if (found.isEmpty() || !VoiceCommandTrigger.SLUG.equals(found.get().subject().triggerSlug())) {
      return VoiceCommandOutcome.UNKNOWN_IDENTITY;
    }
    TriggerIdentity identity = found.get();
    TriggerSubject subject = identity.subject();
    if (!subject.owner().equals(robot.get().owner())) {
      return VoiceCommandOutcome.FOREIGN_IDENTITY;
    }
    if (!identity.isLive()) {
      return VoiceCommandOutcome.DELETED_IDENTITY;
    }
    TriggerEvent event =
        new TriggerEvent(
            command.messageId(),
            subject,
            ingredients(subject, command.heardAt()),
            command.heardAt());
    if (!events.append(event)) {
      return VoiceCommandOutcome.DUPLICATE;
    }
    // The user id makes IFTTT poll every trigger of the owner, so the other identities of the same
    // subject (which share this timeline) are covered without looking them up.
    notifyIdentities.add(identity.id());
    notifyUsers.add(subject.owner());
    return VoiceCommandOutcome.RECORDED;
  }

  /** One outbox message per (at most) one Realtime call's worth of entries. */
  private void enqueueNotifications(Set<String> identityIds, Set<OwnerId> users) {
    List<String> identityList = new ArrayList<>(identityIds);
    List<OwnerId> userList = new ArrayList<>(users);
    int half = RealtimeBatch.MAX_ENTRIES / 2;
    for (int from = 0; from < Math.max(identityList.size(), userList.size()); from += half) {
      outbox.enqueue(
          RealtimeOutboxPayload.CHANNEL,
          new RealtimeOutboxPayload(slice(identityList, from, half), slice(userList, from, half))
              .encode());
    }
  }

  private static <T> List<T> slice(List<T> list, int from, int size) {
    return from >= list.size() ? List.of() : list.subList(from, Math.min(list.size(), from + size));
  }

  private static Map<String, String> ingredients(TriggerSubject subject, Instant heardAt) {
    return Map.of(
        VoiceCommandTrigger.PHRASE_INGREDIENT,
        subject.fields().getOrDefault(VoiceCommandTrigger.PHRASE_FIELD, ""),
        "created_at",
        INGREDIENT_DATE.format(heardAt.atOffset(ZoneOffset.UTC)));
  }
}
