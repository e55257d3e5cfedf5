package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerSubject;

/** Reads what a trigger poll answers, together with the state of the identity that polls. */
public interface PollTimelineRepository {

  /**
   * The subject's newest events as {@link TriggerEventRepository#newest} reads them, and whether
   * trigger identity {@code identityId} is live and watches the same subject ({@link
   * io.robotconnect.domain.trigger.TriggerSubject#isSameAs}); one round trip to the store, since
   * every poll asks both.
   */
  PollTimeline read(String identityId, TriggerSubject subject, TimelineLimit limit);
}
