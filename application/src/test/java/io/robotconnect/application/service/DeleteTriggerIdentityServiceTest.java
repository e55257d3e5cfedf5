package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.in.DeleteTriggerIdentityCommand;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteTriggerIdentityServiceTest {
  private static final OwnerId ALICE = new OwnerId("alice");

  private final ServiceTestFakes.Clock clock = new ServiceTestFakes.Clock();
  private final ServiceTestFakes.Transactions transactions = new ServiceTestFakes.Transactions();
  private final ServiceTestFakes.Identities identities = new ServiceTestFakes.Identities();
  private final ServiceTestFakes.Outbox outbox = new ServiceTestFakes.Outbox(transactions);
  private final java.util.List<Integer> wakesAtDepth = new java.util.ArrayList<>();
  private final OutboxSignal signal = wakeRecorder();

  private OutboxSignal wakeRecorder() {
    OutboxSignal recorder = new OutboxSignal();
    recorder.onEnqueued(OutboxChannel.ROBOT_PHRASES, () -> wakesAtDepth.add(transactions.depth));
    return recorder;
  }

  private final DeleteTriggerIdentityService service =
      new DeleteTriggerIdentityService(identities, outbox, transactions, clock, signal);

  @BeforeEach
  void aliceHasAnApplet() {
    identities.save(
        TriggerIdentity.registered(
            "id-1",
            new TriggerSubject(ALICE, "voice_command", Map.of("voice_command", "lights on")),
            clock.now()));
  }

  @Test
  void delete_withServiceKey_softDeletesAndQueuesPhraseListPush() {
    service.delete(new DeleteTriggerIdentityCommand("voice_command", "id-1", Optional.empty()));

    assertThat(identities.byId().get("id-1").deletedAt()).contains(clock.now());
    assertThat(outbox.enqueued).containsExactly("robot-phrases:alice");
    assertThat(transactions.committed).isEqualTo(1);
    assertThat(wakesAtDepth).containsExactly(0);
  }

  @Test
  void delete_ofUnknownIdentity_changesNothing() {
    service.delete(new DeleteTriggerIdentityCommand("voice_command", "nope", Optional.empty()));

    assertThat(identities.byId()).containsOnlyKeys("id-1");
    assertThat(outbox.enqueued).isEmpty();
    assertThat(wakesAtDepth).isEmpty();
  }

  @Test
  void delete_byAnotherOwner_leavesTheIdentityAlone() {
    service.delete(
        new DeleteTriggerIdentityCommand(
            "voice_command", "id-1", Optional.of(new OwnerId("mallory"))));

    assertThat(identities.byId().get("id-1").isLive()).isTrue();
    assertThat(outbox.enqueued).isEmpty();
  }

  @Test
  void delete_byItsOwner_deletes() {
    service.delete(new DeleteTriggerIdentityCommand("voice_command", "id-1", Optional.of(ALICE)));

    assertThat(identities.byId().get("id-1").isLive()).isFalse();
  }
}
