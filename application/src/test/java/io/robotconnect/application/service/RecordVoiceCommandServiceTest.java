package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.fake.InMemoryTriggerEventRepository;
import io.robotconnect.application.fake.InMemoryTriggerIdentityRepository;
import io.robotconnect.application.port.in.RecordVoiceCommandCommand;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordVoiceCommandServiceTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private static final OwnerId BOB = new OwnerId("bob");
  private static final RobotId ALICES_ROBOT = new RobotId(UUID.randomUUID());
  private static final Instant HEARD = Instant.parse("2026-03-04T05:06:07.890Z");

  private final FixedClock clock = new FixedClock(Instant.parse("2026-03-04T05:06:08Z"));
  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final InMemoryTriggerIdentityRepository identities =
      new InMemoryTriggerIdentityRepository();
  private final InMemoryTriggerEventRepository events = new InMemoryTriggerEventRepository();
  private final FakeOutbox outbox = new FakeOutbox(clock);
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final OutboxSignal signal = new OutboxSignal();
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final RecordVoiceCommandService service =
      new RecordVoiceCommandService(robots, identities, events, outbox, unitOfWork, signal);

  @BeforeEach
  void setUp() {
    robots.save(new Robot(ALICES_ROBOT, ALICE, "Kuri", List.of()));
    identities.save(identity("ti-alice", ALICE, "Find my phone"));
    identities.save(identity("ti-bob", BOB, "find my phone"));
    signal.onEnqueued(OutboxChannel.REALTIME, wakeUps::incrementAndGet);
  }

  private static TriggerIdentity identity(String id, OwnerId owner, String phrase) {
    return TriggerIdentity.registered(
        id,
        new TriggerSubject(owner, "voice_command", Map.of("voice_command", phrase)),
        Instant.EPOCH);
  }

  private static RecordVoiceCommandCommand heard(String messageId, String identity) {
    return new RecordVoiceCommandCommand(
        ALICES_ROBOT, messageId, identity, Map.of("voice_command", "find my phone"), HEARD);
  }

  @Test
  void aPhraseOfTheOwner_becomesATriggerEvent_andQueuesARealtimeNotification() {
    VoiceCommandOutcome outcome = service.record(heard("m-1", "ti-alice"));

    assertThat(outcome).isEqualTo(VoiceCommandOutcome.RECORDED);
    TriggerEvent event = events.byId().get("m-1");
    assertThat(event.subject().owner()).isEqualTo(ALICE);
    assertThat(event.occurredAt()).isEqualTo(HEARD);
    // created_at is the event's time, written in the polling user's zone: not stored twice
    assertThat(event.ingredients()).isEqualTo(Map.of("voice_command", "Find my phone"));
    assertThat(outbox.rows(OutboxChannel.REALTIME))
        .singleElement()
        .satisfies(
            row -> {
              RealtimeNotification payload = (RealtimeNotification) row.payload;
              assertThat(payload.triggerIdentities()).containsExactly("ti-alice");
              assertThat(payload.users()).containsExactly(ALICE);
            });
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void theEventAndTheNotification_areWrittenInOneTransaction() {
    service.record(heard("m-1", "ti-alice"));

    assertThat(unitOfWork.transactions).isEqualTo(1);
  }

  @Test
  void aMessageSentTwice_isStoredAndNotifiedOnce() {
    service.record(heard("m-1", "ti-alice"));
    VoiceCommandOutcome second = service.record(heard("m-1", "ti-alice"));

    assertThat(second).isEqualTo(VoiceCommandOutcome.DUPLICATE);
    assertThat(events.byId()).hasSize(1);
    assertThat(outbox.rows(OutboxChannel.REALTIME)).hasSize(1);
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void aBatch_isStoredInOneTransaction_withOneNotificationForAllItsEvents() {
    identities.save(identity("ti-alice-2", ALICE, "lights on"));

    List<VoiceCommandOutcome> outcomes =
        service.recordAll(
            List.of(
                heard("m-1", "ti-alice"),
                heard("m-2", "ti-bob"),
                heard("m-3", "ti-alice-2"),
                heard("m-1", "ti-alice")));

    assertThat(outcomes)
        .containsExactly(
            VoiceCommandOutcome.RECORDED,
            VoiceCommandOutcome.FOREIGN_IDENTITY,
            VoiceCommandOutcome.RECORDED,
            VoiceCommandOutcome.DUPLICATE);
    assertThat(unitOfWork.transactions).isEqualTo(1);
    assertThat(events.byId()).containsOnlyKeys("m-1", "m-3");
    assertThat(outbox.rows(OutboxChannel.REALTIME))
        .singleElement()
        .satisfies(
            row -> {
              RealtimeNotification payload = (RealtimeNotification) row.payload;
              assertThat(payload.triggerIdentities()).containsExactly("ti-alice", "ti-alice-2");
              assertThat(payload.users()).containsExactly(ALICE);
            });
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void anIdentityOfAnotherOwner_isDropped() {
    VoiceCommandOutcome outcome = service.record(heard("m-1", "ti-bob"));

    assertThat(outcome).isEqualTo(VoiceCommandOutcome.FOREIGN_IDENTITY);
    assertThat(events.byId()).isEmpty();
    assertThat(outbox.pending(OutboxChannel.REALTIME)).isZero();
  }

  @Test
  void anUnknownRobot_isDropped() {
    VoiceCommandOutcome outcome =
        service.record(
            new RecordVoiceCommandCommand(
                new RobotId(UUID.randomUUID()), "m-1", "ti-alice", Map.of(), HEARD));

    assertThat(outcome).isEqualTo(VoiceCommandOutcome.UNKNOWN_ROBOT);
    assertThat(events.byId()).isEmpty();
  }

  @Test
  void anUnknownIdentity_isDropped() {
    assertThat(service.record(heard("m-1", "ti-nobody")))
        .isEqualTo(VoiceCommandOutcome.UNKNOWN_IDENTITY);
    assertThat(events.byId()).isEmpty();
  }

  @Test
  void aDeletedIdentity_isDropped() {
    identities.save(identities.findById("ti-alice").orElseThrow().deleted(clock.now()));

    assertThat(service.record(heard("m-1", "ti-alice")))
        .isEqualTo(VoiceCommandOutcome.DELETED_IDENTITY);
    assertThat(events.byId()).isEmpty();
    assertThat(outbox.pending(OutboxChannel.REALTIME)).isZero();
  }
}
