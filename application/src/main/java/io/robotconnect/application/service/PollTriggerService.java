package io.robotconnect.application.service;

import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.PollTimeline;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers trigger polls. IFTTT's first poll of an identity is how we learn of a new Applet, so
 * every poll upserts the identity; only a real change (new, revived, new field values) is written.
 * The usual poll, of a live and unchanged identity, is one read: the timeline together with the
 * identity's state. An identity of another owner is never touched: one owner's requests must not
 * change another owner's robot.
 */
public class PollTriggerService implements PollTriggerUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(PollTriggerService.class);

  private final TriggerIdentityRepository identities;
  private final PollTimelineRepository timelines;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final PhraseListChanges phraseListChanges;

  public PollTriggerService(
      TriggerIdentityRepository identities,
      PollTimelineRepository timelines,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal) {
    this.identities = identities;
    this.timelines = timelines;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.phraseListChanges = new PhraseListChanges(outbox, signal);
  }

  @Override
  public List<TriggerEvent> poll(PollTriggerQuery query) {
    TriggerSubject subject = query.subject();
    PollTimeline read = timelines.read(query.triggerIdentity(), subject, query.timelineLimit());
    if (!read.identityCurrent()) {
      boolean pushQueued =
          unitOfWork.inTransaction(() -> upsertIdentity(query.triggerIdentity(), subject));
      phraseListChanges.committed(pushQueued);
    }
    return read.events();
  }

  /** Writes the identity when it is new, revived or re-pointed; says whether it queued a push. */
  private boolean upsertIdentity(String id, TriggerSubject subject) {
    Optional<TriggerIdentity> known = identities.findById(id);
    if (known.isEmpty()) {
      identities.save(TriggerIdentity.registered(id, subject, clock.now()));
      return phraseListChanges.changed(subject);
    }
    TriggerIdentity identity = known.get();
    if (!identity.subject().owner().equals(subject.owner())) {
      LOG.warn(
          "trigger identity {} of owner {} was polled by owner {}; left unchanged",
          id,
          identity.subject().owner(),
          subject.owner());
      return false;
    }
    if (!identity.subject().isSameAs(subject)) {
      identities.save(TriggerIdentity.registered(id, subject, clock.now()));
      // one push per owner is enough: it carries the owner's whole list
      return phraseListChanges.changed(subject)
          || (identity.isLive() && phraseListChanges.changed(identity.subject()));
    }
    if (!identity.isLive()) {
      identities.save(identity.revived());
      return phraseListChanges.changed(subject);
    }
    return false;
  }
}
