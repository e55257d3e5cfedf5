package io.robotconnect.application.service;

import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RobotMessageTooLargeException;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@code robot-phrases} outbox messages: gives each robot of the message's owner the
 * owner's current list of live voice-command phrases, the newest {@link
 * RobotPhraseListPort#MAX_PHRASES} of them (by when IFTTT first polled their identity). Several
 * messages for one owner in a batch cause one push. A list the transport can never take is given
 * up, not retried.
 */
public final class PushPhraseListHandler implements OutboxHandler<PhraseListPush> {
  private static final Logger LOG = LoggerFactory.getLogger(PushPhraseListHandler.class);

  private final RobotRepository robots;
  private final TriggerIdentityRepository identities;
  private final UnitOfWork unitOfWork;
  private final RobotPhraseListPort phraseLists;

  public PushPhraseListHandler(
      RobotRepository robots,
      TriggerIdentityRepository identities,
      UnitOfWork unitOfWork,
      RobotPhraseListPort phraseLists) {
    this.robots = robots;
    this.identities = identities;
    this.unitOfWork = unitOfWork;
    this.phraseLists = phraseLists;
  }

  @Override
  public OutboxChannel<PhraseListPush> channel() {
    return OutboxChannel.ROBOT_PHRASES;
  }

  @Override
  public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<PhraseListPush>> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    Map<OwnerId, List<Long>> messagesByOwner = new LinkedHashMap<>();
    for (OutboxMessage<PhraseListPush> message : batch) {
      messagesByOwner
          .computeIfAbsent(message.payload().owner(), o -> new ArrayList<>())
          .add(message.id());
    }
    messagesByOwner.forEach(
        (owner, messages) -> {
          DeliveryOutcome outcome = push(owner);
          messages.forEach(id -> outcomes.put(id, outcome));
        });
    return outcomes;
  }

  private DeliveryOutcome push(OwnerId owner) {
    try {
      PhraseList list =
          unitOfWork.inTransaction(
              () ->
                  new PhraseList(
                      robots.findByOwner(owner),
                      phrases(owner, identities.findLive(owner, VoiceCommandTrigger.SLUG))));
      for (Robot robot : list.robots()) {
        phraseLists.listenFor(robot.id(), list.phrases());
      }
      LOG.debug(
          "pushed {} phrases to {} robots of owner {}",
          list.phrases().size(),
          list.robots().size(),
          owner);
      return DeliveryOutcome.delivered();
    } catch (RobotMessageTooLargeException e) {
      LOG.warn("the phrase list of owner {} cannot be sent: {}", owner, e.getMessage());
      return DeliveryOutcome.giveUp(e.getMessage());
    } catch (RobotTransportUnavailableException e) {
      // the broker's outage is reported as a whole by the robot adapter's side, not owner by owner
      LOG.debug("pushing the phrase list of owner {} failed, will retry: {}", owner, e.toString());
      return DeliveryOutcome.retryLater(e.toString());
    } catch (RuntimeException e) {
      LOG.warn("pushing the phrase list of owner {} failed, will retry: {}", owner, e.toString());
      return DeliveryOutcome.retryLater(e.toString());
    }
  }

  /** The newest phrases that a robot can use, oldest first. */
  private static List<VoiceCommandPhrase> phrases(OwnerId owner, List<TriggerIdentity> live) {
    List<VoiceCommandPhrase> usable = new ArrayList<>(live.size());
    int unusable = 0;
    for (TriggerIdentity identity : live) {
      String phrase =
          identity.subject().fields().getOrDefault(VoiceCommandTrigger.PHRASE_FIELD, "").strip();
      if (phrase.length() > VoiceCommandTrigger.MAX_PHRASE_LENGTH) {
        unusable++;
      } else {
        usable.add(new VoiceCommandPhrase(identity.id(), phrase));
      }
    }
    int dropped = Math.max(0, usable.size() - RobotPhraseListPort.MAX_PHRASES);
    if (unusable > 0 || dropped > 0) {
      LOG.warn(
          "owner {} has {} live voice commands: left out {} longer than {} characters and the"
              + " {} oldest beyond the {} a robot is given",
          owner,
          live.size(),
          unusable,
          VoiceCommandTrigger.MAX_PHRASE_LENGTH,
          dropped,
          RobotPhraseListPort.MAX_PHRASES);
    }
    return List.copyOf(usable.subList(dropped, usable.size()));
  }

  private record PhraseList(List<Robot> robots, List<VoiceCommandPhrase> phrases) {}
}
