package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.PollTimeline;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PollTimelineRepository} does, over the identity and event stores it reads.
 * Tests use fresh owners and identity ids, so stores may be shared.
 */
public abstract class PollTimelineRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");
  private static final TimelineLimit FIFTY = new TimelineLimit(50);

  private TriggerIdentityRepository identities;
  private TriggerEventRepository events;
  private PollTimelineRepository polls;

  /** The identity store the implementation reads. */
  protected abstract TriggerIdentityRepository triggerIdentityRepository();

  /** The event store the implementation reads. */
  protected abstract TriggerEventRepository triggerEventRepository();

  /** The implementation under test, over the two stores above. */
  protected abstract PollTimelineRepository pollTimelineRepository();

  @BeforeEach
  void createRepositories() {
    identities = triggerIdentityRepository();
    events = triggerEventRepository();
    polls = pollTimelineRepository();
  }

  @Test
  void liveIdentityOfTheSubject_isCurrent_andTheTimelineIsWhatNewestReads() {
    TriggerSubject subject = voiceCommand(newOwner(), "lights on");
    String identity = registered(subject);
    appendEvents(subject, 3);
    appendEvents(voiceCommand(subject.owner(), "lights off"), 2);

    PollTimeline read = polls.read(identity, subject, FIFTY);

    assertThat(read.identityCurrent()).isTrue();
    assertThat(read.events()).containsExactlyElementsOf(events.newest(subject, FIFTY)).hasSize(3);
  }

  @Test
  void timeline_isNewestFirst_sameInstantsByIdDescending_andHonoursTheLimit() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    String identity = registered(subject);
    TriggerEvent oldest = new TriggerEvent("a-" + newId(), subject, Map.of("n", "1"), T0);
    TriggerEvent tieLow = new TriggerEvent("c-" + newId(), subject, Map.of(), T0.plusSeconds(5));
    TriggerEvent tieHigh = new TriggerEvent("d-" + newId(), subject, Map.of(), T0.plusSeconds(5));
    TriggerEvent newest = new TriggerEvent("b-" + newId(), subject, Map.of(), T0.plusSeconds(9));
    List.of(tieLow, newest, oldest, tieHigh).forEach(events::append);

    assertThat(polls.read(identity, subject, FIFTY).events())
        .containsExactly(newest, tieHigh, tieLow, oldest);
    assertThat(polls.read(identity, subject, new TimelineLimit(2)).events())
        .containsExactly(newest, tieHigh);
    assertThat(polls.read(identity, subject, new TimelineLimit(1)).events())
        .containsExactly(newest);
  }

  @Test
  void limitZero_readsNoEvents_butStillTellsWhetherTheIdentityIsCurrent() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    String identity = registered(subject);
    appendEvents(subject, 2);

    PollTimeline read = polls.read(identity, subject, new TimelineLimit(0));

    assertThat(read.events()).isEmpty();
    assertThat(read.identityCurrent()).isTrue();
  }

  @Test
  void emptyTimeline_ofACurrentIdentity_isEmptyAndCurrent() {
    TriggerSubject subject = voiceCommand(newOwner(), "never said");
    String identity = registered(subject);

    PollTimeline read = polls.read(identity, subject, FIFTY);

    assertThat(read.events()).isEmpty();
    assertThat(read.identityCurrent()).isTrue();
  }

  @Test
  void unknownIdentity_isNotCurrent_andSeesTheSubjectsEvents() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    List<TriggerEvent> appended = appendEvents(subject, 2);

    PollTimeline read = polls.read(newId(), subject, FIFTY);

    assertThat(read.identityCurrent()).isFalse();
    assertThat(read.events()).containsExactly(appended.get(1), appended.get(0));
  }

  @Test
  void deletedIdentity_isNotCurrent() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    String identity = newId();
    identities.save(TriggerIdentity.registered(identity, subject, T0).deleted(T0.plusSeconds(1)));

    assertThat(polls.read(identity, subject, FIFTY).identityCurrent()).isFalse();
  }

  @Test
  void identityWatchingOtherFieldValues_isNotCurrent() {
    OwnerId owner = newOwner();
    String identity = registered(voiceCommand(owner, "lights on"));

    assertThat(polls.read(identity, voiceCommand(owner, "lights off"), FIFTY).identityCurrent())
        .isFalse();
    assertThat(polls.read(identity, voiceCommand(owner, " Lights  ON"), FIFTY).identityCurrent())
        .as("field values differing only in case and blanks are the same subject")
        .isTrue();
  }

  @Test
  void identityOfAnotherOwner_isNotCurrent_andTheirEventsStayHidden() {
    TriggerSubject theirs = voiceCommand(newOwner(), "hi");
    String identity = registered(theirs);
    appendEvents(theirs, 2);
    TriggerSubject mine = voiceCommand(newOwner(), "hi");

    PollTimeline read = polls.read(identity, mine, FIFTY);

    assertThat(read.identityCurrent()).isFalse();
    assertThat(read.events()).isEmpty();
  }

  private String registered(TriggerSubject subject) {
    String id = newId();
    identities.save(TriggerIdentity.registered(id, subject, T0));
    return id;
  }

  private List<TriggerEvent> appendEvents(TriggerSubject subject, int count) {
    List<TriggerEvent> appended = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TriggerEvent event =
          new TriggerEvent(
              newId(), subject, Map.of("voice_command", "said " + i), T0.plusSeconds(i));
      events.append(event);
      appended.add(event);
    }
    return appended;
  }

  private static TriggerSubject voiceCommand(OwnerId owner, String phrase) {
    return new TriggerSubject(owner, "voice_command", Map.of("voice_command", phrase));
  }

  private static OwnerId newOwner() {
    return new OwnerId("owner-" + UUID.randomUUID());
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
