package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.PollTimeline;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;

/** Poll reads over the given identity and event stores, as two reads. */
public final class InMemoryPollTimelineRepository implements PollTimelineRepository {
  private final TriggerIdentityRepository identities;
  private final TriggerEventRepository events;

  public InMemoryPollTimelineRepository(
      TriggerIdentityRepository identities, TriggerEventRepository events) {
    this.identities = identities;
    this.events = events;
  }

  @Override
  public PollTimeline read(String identityId, TriggerSubject subject, TimelineLimit limit) {
    boolean current =
        identities
            .findById(identityId)
            .filter(TriggerIdentity::isLive)
            .filter(identity -> identity.subject().isSameAs(subject))
            .isPresent();
    return new PollTimeline(events.newest(subject, limit), current);
  }
}
