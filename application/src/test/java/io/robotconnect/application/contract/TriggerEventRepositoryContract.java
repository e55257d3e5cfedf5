package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerEventRepository.AgePosition;
import io.robotconnect.application.port.out.TriggerEventRepository.PurgeSweep;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TriggerEventRepository} does. Tests use fresh owners, so stores may be shared.
 */
public abstract class TriggerEventRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final TimelineLimit FIFTY = new TimelineLimit(50);

  private TriggerEventRepository events;

  /** The implementation under test. */
  protected abstract TriggerEventRepository triggerEventRepository();

  @BeforeEach
  void createRepository() {
    events = triggerEventRepository();
  }

  @Test
  void appendedEvent_withItsIngredients_isInItsSubjectsTimeline() {
    TriggerSubject subject = voiceCommand(newOwner(), "hello robot");
    TriggerEvent event =
        new TriggerEvent(
            newId(),
            subject,
            Map.of("phrase", "Hello Robot", "robot_name", "Robbie \"the\" 2nd ✓", "empty", ""),
            T0);

    assertThat(events.append(event)).isTrue();

    assertThat(events.newest(subject, FIFTY)).containsExactly(event);
  }

  @Test
  void eventWithoutIngredients_roundTrips() {
    TriggerSubject subject = new TriggerSubject(newOwner(), "docked", Map.of());
    TriggerEvent event = new TriggerEvent(newId(), subject, Map.of(), T0);
    events.append(event);

    assertThat(events.newest(subject, FIFTY)).containsExactly(event);
  }

  @Test
  void eventWithAnExistingId_isRefused_andTheFirstIsKept() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    TriggerEvent first = new TriggerEvent(newId(), subject, Map.of("n", "1"), T0);
    TriggerEvent again = new TriggerEvent(first.id(), subject, Map.of("n", "2"), T0.plusSeconds(1));

    assertThat(events.append(first)).isTrue();
    assertThat(events.append(again)).isFalse();

    assertThat(events.newest(subject, FIFTY)).containsExactly(first);
  }

  @Test
  void eventsAppendedTogether_areStored_exceptExistingIdsAndRepeatsInTheList() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    TriggerEvent existing = new TriggerEvent(newId(), subject, Map.of("n", "0"), T0);
    events.append(existing);
    TriggerEvent first = new TriggerEvent(newId(), subject, Map.of("n", "1"), T0.plusSeconds(1));
    TriggerEvent second = new TriggerEvent(newId(), subject, Map.of("n", "2"), T0.plusSeconds(2));
    TriggerEvent existingAgain =
        new TriggerEvent(existing.id(), subject, Map.of("n", "x"), T0.plusSeconds(3));
    TriggerEvent firstAgain =
        new TriggerEvent(first.id(), subject, Map.of("n", "y"), T0.plusSeconds(4));

    assertThat(events.appendAll(List.of(first, existingAgain, second, firstAgain)))
        .containsExactly(true, false, true, false);

    assertThat(events.newest(subject, FIFTY)).containsExactly(second, first, existing);
    assertThat(events.appendAll(List.of())).isEmpty();
  }

  @Test
  void eventIdsAreUniqueAcrossSubjects() {
    TriggerSubject one = voiceCommand(newOwner(), "hi");
    TriggerSubject other = voiceCommand(newOwner(), "hi");
    TriggerEvent event = new TriggerEvent(newId(), one, Map.of(), T0);
    events.append(event);

    assertThat(events.append(new TriggerEvent(event.id(), other, Map.of(), T0))).isFalse();
    assertThat(events.newest(other, FIFTY)).isEmpty();
  }

  @Test
  void timeline_isNewestFirst_andSameInstantsAreOrderedByIdDescending() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    TriggerEvent oldest = new TriggerEvent("a-" + newId(), subject, Map.of(), T0);
    TriggerEvent newest = new TriggerEvent("b-" + newId(), subject, Map.of(), T0.plusSeconds(10));
    TriggerEvent tieLow = new TriggerEvent("c-" + newId(), subject, Map.of(), T0.plusSeconds(5));
    TriggerEvent tieHigh = new TriggerEvent("d-" + newId(), subject, Map.of(), T0.plusSeconds(5));
    events.append(tieLow);
    events.append(newest);
    events.append(oldest);
    events.append(tieHigh);

    assertThat(events.newest(subject, FIFTY)).containsExactly(newest, tieHigh, tieLow, oldest);
  }

  @Test
  void limitZero_returnsNothing() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    appendEvents(subject, 3);

    assertThat(events.newest(subject, new TimelineLimit(0))).isEmpty();
  }

  @Test
  void limitOne_returnsTheNewestEventOnly() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    List<TriggerEvent> appended = appendEvents(subject, 3);

    assertThat(events.newest(subject, new TimelineLimit(1))).containsExactly(appended.get(2));
  }

  @Test
  void limitN_returnsTheNNewest_andAtMostWhatExists() {
    TriggerSubject subject = voiceCommand(newOwner(), "hi");
    List<TriggerEvent> appended = appendEvents(subject, 7);

    assertThat(events.newest(subject, new TimelineLimit(3)))
        .containsExactly(appended.get(6), appended.get(5), appended.get(4));
    assertThat(events.newest(subject, new TimelineLimit(TimelineLimit.MAXIMUM))).hasSize(7);
  }

  @Test
  void emptyTimeline_isEmpty() {
    assertThat(events.newest(voiceCommand(newOwner(), "hi"), FIFTY)).isEmpty();
  }

  @Test
  void subjectsOfOtherOwners_areIsolated() {
    OwnerId owner = newOwner();
    TriggerSubject mine = voiceCommand(owner, "hi");
    TriggerSubject theirs = voiceCommand(newOwner(), "hi");
    TriggerEvent myEvent = new TriggerEvent(newId(), mine, Map.of(), T0);
    events.append(myEvent);
    events.append(new TriggerEvent(newId(), theirs, Map.of(), T0.plusSeconds(1)));

    assertThat(events.newest(mine, FIFTY)).containsExactly(myEvent);
  }

  @Test
  void subjectsWithOtherFieldValuesOrOtherTriggers_areIsolated() {
    OwnerId owner = newOwner();
    TriggerSubject hello = voiceCommand(owner, "hello");
    TriggerSubject goodbye = voiceCommand(owner, "goodbye");
    TriggerSubject otherTrigger =
        new TriggerSubject(owner, "phrase_said", Map.of("phrase", "hello"));
    TriggerSubject noFields = new TriggerSubject(owner, "voice_command", Map.of());
    TriggerEvent helloEvent = new TriggerEvent(newId(), hello, Map.of(), T0);
    events.append(helloEvent);
    events.append(new TriggerEvent(newId(), goodbye, Map.of(), T0.plusSeconds(1)));
    events.append(new TriggerEvent(newId(), otherTrigger, Map.of(), T0.plusSeconds(2)));
    events.append(new TriggerEvent(newId(), noFields, Map.of(), T0.plusSeconds(3)));

    assertThat(events.newest(hello, FIFTY)).containsExactly(helloEvent);
  }

  @Test
  void fieldValuesDifferingOnlyInCaseAndBlanks_shareOneTimeline() {
    OwnerId owner = newOwner();
    TriggerEvent event =
        new TriggerEvent(newId(), voiceCommand(owner, "Hello  Robot "), Map.of("k", "v"), T0);
    events.append(event);
    TriggerSubject asked = voiceCommand(owner, "hello robot");

    assertThat(events.newest(asked, FIFTY))
        .containsExactly(new TriggerEvent(event.id(), asked, event.ingredients(), T0));
  }

  private List<TriggerEvent> appendEvents(TriggerSubject subject, int count) {
    List<TriggerEvent> appended = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TriggerEvent event =
          new TriggerEvent(newId(), subject, Map.of("n", Integer.toString(i)), T0.plusSeconds(i));
      events.append(event);
      appended.add(event);
    }
    return appended;
  }

  // The purge tests use times long before every other test's, so that in a shared store their
  // bounds reach only their own events.

  @Test
  void purgeRolledOff_deletesAnEventJustBeforeTheBound_butKeepsOneAtTheBound() {
    Instant bound = Instant.parse("2001-06-01T00:00:00Z");
    TriggerSubject subject = voiceCommand(newOwner(), "window");
    TriggerEvent justBefore = event(subject, bound.minusNanos(1_000));
    TriggerEvent atTheBound = event(subject, bound);
    TriggerEvent newer = event(subject, bound.plusSeconds(1));
    TriggerEvent newest = event(subject, bound.plusSeconds(2));
    events.appendAll(List.of(justBefore, atTheBound, newer, newest));

    purgeAll(bound, 1, 10);

    assertThat(events.newest(subject, FIFTY)).containsExactly(newest, newer, atTheBound);
  }

  @Test
  void purgeRolledOff_keepsTheNewestOfEveryTimeline_howeverOld() {
    Instant bound = Instant.parse("2002-06-01T00:00:00Z");
    TriggerSubject subject = voiceCommand(newOwner(), "keep three");
    List<TriggerEvent> old = new ArrayList<>();
    for (int i = 5; i >= 1; i--) {
      old.add(event(subject, bound.minus(Duration.ofDays(i))));
    }
    events.appendAll(old);

    purgeAll(bound, 3, 2);

    // the third newest has exactly two newer events and stays; the fourth has three and goes
    assertThat(events.newest(subject, FIFTY)).containsExactly(old.get(4), old.get(3), old.get(2));
  }

  @Test
  void purgeRolledOff_countsTheNewestPerTimeline_notPerOwner() {
    Instant bound = Instant.parse("2003-06-01T00:00:00Z");
    OwnerId owner = newOwner();
    TriggerSubject quiet = voiceCommand(owner, "quiet");
    TriggerSubject busy = voiceCommand(owner, "busy");
    TriggerEvent quietOne = event(quiet, bound.minus(Duration.ofDays(10)));
    events.append(quietOne);
    List<TriggerEvent> busyOnes = new ArrayList<>();
    for (int i = 3; i >= 1; i--) {
      busyOnes.add(event(busy, bound.minus(Duration.ofDays(i))));
    }
    events.appendAll(busyOnes);

    purgeAll(bound, 1, 10);

    assertThat(events.newest(quiet, FIFTY)).containsExactly(quietOne);
    assertThat(events.newest(busy, FIFTY)).containsExactly(busyOnes.get(2));
  }

  @Test
  void purgeRolledOff_ordersEventsOfTheSameTime_byId_asTheTimelineDoes() {
    Instant bound = Instant.parse("2004-06-01T00:00:00Z");
    TriggerSubject subject = voiceCommand(newOwner(), "tie");
    String prefix = newId();
    Instant at = bound.minus(Duration.ofDays(1));
    TriggerEvent first = new TriggerEvent(prefix + "-a", subject, Map.of(), at);
    TriggerEvent second = new TriggerEvent(prefix + "-b", subject, Map.of(), at);
    events.appendAll(List.of(first, second));

    purgeAll(bound, 1, 1);

    assertThat(events.newest(subject, FIFTY)).containsExactly(second);
  }

  @Test
  void purgeRolledOff_examinesAtMostMaxOldestFirst_andSaysWhereTheNextBatchStarts() {
    // the oldest events of all, so that these five are all the bound reaches
    Instant bound = Instant.parse("1990-06-01T00:00:00Z");
    TriggerSubject subject = voiceCommand(newOwner(), "paging");
    List<TriggerEvent> old = new ArrayList<>();
    for (int i = 5; i >= 1; i--) {
      old.add(event(subject, bound.minus(Duration.ofDays(i))));
    }
    events.appendAll(old);

    PurgeSweep first = events.purgeRolledOff(bound, 1, Optional.empty(), 2);
    PurgeSweep second = events.purgeRolledOff(bound, 1, first.next(), 2);
    PurgeSweep last = events.purgeRolledOff(bound, 1, second.next(), 2);

    assertThat(first).isEqualTo(new PurgeSweep(2, Optional.of(position(old.get(1)))));
    assertThat(second).isEqualTo(new PurgeSweep(2, Optional.of(position(old.get(3)))));
    assertThat(last).isEqualTo(new PurgeSweep(0, Optional.empty()));
    assertThat(events.newest(subject, FIFTY)).containsExactly(old.get(4));
  }

  /** Sweeps from the oldest event until nothing before the bound is left to examine. */
  private void purgeAll(Instant bound, int keepNewest, int max) {
    Optional<AgePosition> after = Optional.empty();
    do {
      PurgeSweep sweep = events.purgeRolledOff(bound, keepNewest, after, max);
      assertThat(sweep.deleted()).isLessThanOrEqualTo(max);
      after = sweep.next();
    } while (after.isPresent());
  }

  private static TriggerEvent event(TriggerSubject subject, Instant at) {
    return new TriggerEvent(newId(), subject, Map.of("voice_command", "x"), at);
  }

  private static AgePosition position(TriggerEvent event) {
    return new AgePosition(event.occurredAt(), event.id());
  }

  private static TriggerSubject voiceCommand(OwnerId owner, String phrase) {
    return new TriggerSubject(owner, "voice_command", Map.of("phrase", phrase));
  }

  private static OwnerId newOwner() {
    return new OwnerId("owner-" + UUID.randomUUID());
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
