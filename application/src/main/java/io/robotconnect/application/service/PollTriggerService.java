package io.robotconnect.application.service;

import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.in.PollTriggerUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
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
 * every poll upserts the identity; only a real change (new, revived, new field values) is written,
 * in a transaction with the timeline read. A poll of a live, unchanged identity (the usual one) is
 * two plain reads, or only the timeline read when this instance saw the identity so a moment ago.
 * An identity of another owner is never touched: one owner's requests must not change another
 * owner's robot.
 */
public class PollTriggerService implements PollTriggerUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(PollTriggerService.class);

  private final TriggerIdentityRepository identities;
  private final TriggerEventRepository events;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final PhraseListChanges phraseListChanges;
  private final ExpiringCache<String, String> liveIdentities;

  public PollTriggerService(
      TriggerIdentityRepository identities,
      TriggerEventRepository events,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal) {
    this(identities, events, outbox, unitOfWork, clock, signal, ExpiringCache.off());
  }

  /**
   * @param liveIdentities identities this instance found live and unchanged a moment ago (identity
   *     id to {@link #subjectKey}); their next polls skip the identity check and only read the
   *     timeline. Share it with the {@link DeleteTriggerIdentityService} of this instance.
   */
  public PollTriggerService(
      TriggerIdentityRepository identities,
      TriggerEventRepository events,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal,
      ExpiringCache<String, String> liveIdentities) {
    this.identities = identities;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.phraseListChanges = new PhraseListChanges(outbox, signal);
    this.liveIdentities = liveIdentities;
  }

  /** What a live identity is known to watch: its owner and field values. */
  static String subjectKey(TriggerSubject subject) {
    return subject.owner().value() + '/' + subject.fieldsKey();
  }

  private record Answer(List<TriggerEvent> timeline, boolean pushQueued, boolean identityLive) {}

  @Override
  public List<TriggerEvent> poll(PollTriggerQuery query) {
    TriggerSubject subject = query.subject();
    String subjectKey = subjectKey(subject);
    if (liveIdentities.get(query.triggerIdentity()).filter(subjectKey::equals).isPresent()) {
      return events.newest(subject, query.timelineLimit());
    }
    // The usual poll finds its identity live and unchanged: two plain reads, no transaction.
    if (identities
        .findById(query.triggerIdentity())
        .filter(known -> known.isLive() && isSameSubjectOfSameOwner(known.subject(), subject))
        .isPresent()) {
      liveIdentities.put(query.triggerIdentity(), subjectKey);
      return events.newest(subject, query.timelineLimit());
    }
    Answer answer =
        unitOfWork.inTransaction(
            () -> {
              Upsert upsert = upsertIdentity(query.triggerIdentity(), subject);
              return new Answer(
                  events.newest(subject, query.timelineLimit()),
                  upsert.pushQueued(),
                  upsert.identityLive());
            });
    phraseListChanges.committed(answer.pushQueued());
    if (answer.identityLive()) {
      liveIdentities.put(query.triggerIdentity(), subjectKey);
    }
    return answer.timeline();
  }

  private record Upsert(boolean pushQueued, boolean identityLive) {
    static Upsert live(boolean pushQueued) {
      return new Upsert(pushQueued, true);
    }
  }

  /** Writes the identity when it is new, revived or re-pointed, and says what it queued. */
  private Upsert upsertIdentity(String id, TriggerSubject subject) {
    Optional<TriggerIdentity> known = identities.findById(id);
    if (known.isEmpty()) {
      identities.save(TriggerIdentity.registered(id, subject, clock.now()));
      return Upsert.live(phraseListChanges.changed(subject));
    }
    TriggerIdentity identity = known.get();
    if (!identity.subject().owner().equals(subject.owner())) {
      LOG.warn(
          "trigger identity {} of owner {} was polled by owner {}; left unchanged",
          id,
          identity.subject().owner(),
          subject.owner());
      return new Upsert(false, false);
    }
    if (!sameSubject(identity.subject(), subject)) {
      identities.save(TriggerIdentity.registered(id, subject, clock.now()));
      // one push per owner is enough: it carries the owner's whole list
      return Upsert.live(
          phraseListChanges.changed(subject)
              || (identity.isLive() && phraseListChanges.changed(identity.subject())));
    }
    if (!identity.isLive()) {
      identities.save(identity.revived());
      return Upsert.live(phraseListChanges.changed(subject));
    }
    return Upsert.live(false);
  }

  private static boolean isSameSubjectOfSameOwner(TriggerSubject known, TriggerSubject polled) {
    return known.owner().equals(polled.owner()) && sameSubject(known, polled);
  }

  private static boolean sameSubject(TriggerSubject a, TriggerSubject b) {
    return a.fieldsKey().equals(b.fieldsKey());
  }
}
