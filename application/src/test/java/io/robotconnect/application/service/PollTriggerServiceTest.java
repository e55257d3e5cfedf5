package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.InMemoryPollTimelineRepository;
import io.robotconnect.application.fake.InMemoryTriggerEventRepository;
import io.robotconnect.application.port.in.PollTriggerQuery;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollTriggerServiceTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private static final OwnerId BOB = new OwnerId("bob");

  private final ServiceTestFakes.Clock clock = new ServiceTestFakes.Clock();
  private final ServiceTestFakes.Transactions transactions = new ServiceTestFakes.Transactions();
  private final ServiceTestFakes.Identities identities = new ServiceTestFakes.Identities();
  private final InMemoryTriggerEventRepository events = new InMemoryTriggerEventRepository();
  private final ServiceTestFakes.Outbox outbox = new ServiceTestFakes.Outbox(transactions);
  private final java.util.List<Integer> wakesAtDepth = new java.util.ArrayList<>();
  private final OutboxSignal signal = wakeRecorder();

  private OutboxSignal wakeRecorder() {
    OutboxSignal recorder = new OutboxSignal();
    recorder.onEnqueued(OutboxChannel.ROBOT_PHRASES, () -> wakesAtDepth.add(transactions.depth));
    return recorder;
  }

  private final DeleteTriggerIdentityService delete =
      new DeleteTriggerIdentityService(identities, outbox, transactions, clock, signal);
  private final PollTriggerService service =
      new PollTriggerService(
          identities,
          new InMemoryPollTimelineRepository(identities, events),
          outbox,
          transactions,
          clock,
          signal);

  private static PollTriggerQuery poll(
      OwnerId owner, String identity, String phrase, Integer limit) {
    return new PollTriggerQuery(
        owner, identity, "voice_command", Map.of("voice_command", phrase), limit);
  }

  private void said(OwnerId owner, String phrase, int count) {
    for (int i = 0; i < count; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(1));
      events.append(
          new TriggerEvent(
              owner + "-" + phrase + "-" + i,
              new TriggerSubject(owner, "voice_command", Map.of("voice_command", phrase)),
              Map.of("voice_command", phrase),
              clock.now));
    }
  }

  @Test
  void firstPoll_registersIdentity_andQueuesPhraseListPushInTheTransaction() {
    service.poll(poll(ALICE, "id-1", "lights on", null));

    assertThat(identities.byId().get("id-1").isLive()).isTrue();
    assertThat(identities.byId().get("id-1").subject().owner()).isEqualTo(ALICE);
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice");
    assertThat(wakesAtDepth).as("worker woken once, after the commit").containsExactly(0);
  }

  @Test
  void repeatedPoll_ofLiveIdentity_writesNothing() {
    service.poll(poll(ALICE, "id-1", "lights on", null));
    service.poll(poll(ALICE, "id-1", "Lights  On ", null));

    assertThat(identities.saves).isEqualTo(1);
    assertThat(outbox.enqueued).hasSize(1);
    assertThat(wakesAtDepth).hasSize(1);
  }

  @Test
  void givenLiveUnchangedIdentity_whenPolledAgain_thenItIsAnsweredWithoutATransaction() {
    service.poll(poll(ALICE, "id-1", "lights on", null));
    int committedAfterFirstPoll = transactions.committed;
    said(ALICE, "lights on", 2);

    List<TriggerEvent> again = service.poll(poll(ALICE, "id-1", "Lights On", null));

    assertThat(again)
        .extracting(TriggerEvent::id)
        .containsExactly("alice-lights on-1", "alice-lights on-0");
    assertThat(transactions.committed).isEqualTo(committedAfterFirstPoll);
    assertThat(identities.saves).isEqualTo(1);
  }

  @Test
  void pollOfDeletedIdentity_revivesIt_andQueuesPush() {
    service.poll(poll(ALICE, "id-1", "lights on", null));
    identities.save(identities.byId().get("id-1").deleted(clock.now()));

    service.poll(poll(ALICE, "id-1", "lights on", null));

    assertThat(identities.byId().get("id-1").isLive()).isTrue();
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice", "robot-phrases:alice");
  }

  @Test
  void identityOfAnotherOwner_isLeftAlone_andTheirEventsStayHidden() {
    service.poll(poll(ALICE, "id-1", "lights on", null));
    said(ALICE, "lights on", 3);

    List<TriggerEvent> bobsAnswer = service.poll(poll(BOB, "id-1", "lights on", null));

    assertThat(bobsAnswer).isEmpty();
    assertThat(identities.byId().get("id-1").subject().owner()).isEqualTo(ALICE);
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice");
  }

  @Test
  void identityPolledWithOtherFieldValues_isRepointed_andPushed() {
    service.poll(poll(ALICE, "id-1", "lights on", null));

    service.poll(poll(ALICE, "id-1", "lights off", null));

    assertThat(identities.byId().get("id-1").subject().fields())
        .containsEntry("voice_command", "lights off");
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice", "robot-phrases:alice");
  }

  @Test
  void poll_returnsNewestFirst_withDefaultLimitOf50() {
    said(ALICE, "lights on", 60);

    List<TriggerEvent> timeline = service.poll(poll(ALICE, "id-1", "lights on", null));

    assertThat(timeline).hasSize(50);
    assertThat(timeline.get(0).id()).isEqualTo("alice-lights on-59");
    assertThat(timeline).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
  }

  @Test
  void poll_honoursLimitOneAndZero() {
    said(ALICE, "lights on", 3);

    assertThat(service.poll(poll(ALICE, "id-1", "lights on", 1)))
        .extracting(TriggerEvent::id)
        .containsExactly("alice-lights on-2");
    assertThat(service.poll(poll(ALICE, "id-1", "lights on", 0))).isEmpty();
  }

  @Test
  void newIdentityOfKnownSubject_seesEventsSaidBeforeItExisted() {
    said(ALICE, "lights on", 3);

    assertThat(service.poll(poll(ALICE, "brand-new", "LIGHTS ON", null))).hasSize(3);
  }

  @Test
  void unknownKeysInTriggerFields_doNotMakeAnotherSubject() {
    said(ALICE, "lights on", 3);

    PollTriggerQuery withExtraKey =
        new PollTriggerQuery(
            ALICE,
            "id-1",
            "voice_command",
            Map.of("voice_command", "lights on", "added_by_ifttt", "x"),
            null);

    assertThat(service.poll(withExtraKey)).hasSize(3);
  }

  @Test
  void poll_neverReturnsAnotherOwnersEvents() {
    said(BOB, "lights on", 3);

    assertThat(service.poll(poll(ALICE, "id-1", "lights on", null))).isEmpty();
  }

  @Test
  void query_withoutPhrase_isRefused() {
    assertThatThrownBy(() -> new PollTriggerQuery(ALICE, "id-1", "voice_command", Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triggerFields.voice_command");
    assertThatThrownBy(() -> new PollTriggerQuery(ALICE, "id-1", "voice_command", null, null))
        .hasMessageContaining("triggerFields is required");
    assertThatThrownBy(() -> poll(ALICE, " ", "lights on", null))
        .hasMessageContaining("trigger_identity");
    assertThatThrownBy(() -> poll(ALICE, "id-1", "lights on", -1)).hasMessageContaining("limit");
  }

  @Test
  void delete_softDeletes_andQueuesPush_once() {
    service.poll(poll(ALICE, "id-1", "lights on", null));

    delete.delete(
        new io.robotconnect.application.port.in.DeleteTriggerIdentityCommand(
            "voice_command", "id-1", java.util.Optional.empty()));
    delete.delete(
        new io.robotconnect.application.port.in.DeleteTriggerIdentityCommand(
            "voice_command", "id-1", java.util.Optional.empty()));

    assertThat(identities.byId().get("id-1").isLive()).isFalse();
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice", "robot-phrases:alice");
  }

  @Test
  void identityDeletedByIfttt_isRevived_byItsNextPoll() {
    service.poll(poll(ALICE, "id-1", "lights on", null));
    delete.delete(
        new io.robotconnect.application.port.in.DeleteTriggerIdentityCommand(
            "voice_command", "id-1", java.util.Optional.empty()));

    service.poll(poll(ALICE, "id-1", "lights on", null));

    assertThat(identities.byId().get("id-1").isLive()).isTrue();
    assertThat(outbox.enqueued).hasSize(3);
  }
}
