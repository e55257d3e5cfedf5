package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repositories called inside a unit of work share its transaction. */
abstract class UnitOfWorkTests {
  private OwnerRepository owners;
  private TriggerEventRepository events;
  private OutboxRepository outbox;
  private UnitOfWork unitOfWork;
  private PhraseListPush push;
  private long pendingBefore;

  abstract PersistenceAdapter database();

  @BeforeEach
  void repositories() {
    owners = database().owners();
    events = database().triggerEvents();
    outbox = database().outbox();
    unitOfWork = database().unitOfWork();
    push = new PhraseListPush(new OwnerId("uow-" + UUID.randomUUID()));
    pendingBefore = pendingPushes();
  }

  /** The other tests of the class enqueue on the same database. */
  private long pendingPushes() {
    return outbox.pending(OutboxChannel.ROBOT_PHRASES);
  }

  @Test
  void workThatSucceeds_commitsEveryWrite() {
    Owner owner = newOwner();
    TriggerEvent event = newEvent(owner.id());

    unitOfWork.run(
        () -> {
          owners.save(owner);
          events.append(event);
          outbox.enqueue(push);
        });

    assertThat(owners.findById(owner.id())).contains(owner);
    assertThat(events.newest(event.subject(), new TimelineLimit(5))).containsExactly(event);
    assertThat(pendingPushes()).isEqualTo(pendingBefore + 1);
  }

  @Test
  void workThatThrows_rollsBackEveryWrite() {
    Owner owner = newOwner();
    TriggerEvent event = newEvent(owner.id());

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      owners.save(owner);
                      events.append(event);
                      outbox.enqueue(push);
                      throw new IllegalStateException("crash after the writes");
                    }))
        .hasMessage("crash after the writes");

    assertThat(owners.findById(owner.id())).isEmpty();
    assertThat(events.newest(event.subject(), new TimelineLimit(5))).isEmpty();
    assertThat(pendingPushes()).isEqualTo(pendingBefore);
  }

  @Test
  void nestedUnitOfWork_joinsTheOuterTransaction() {
    Owner owner = newOwner();

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      unitOfWork.run(() -> owners.save(owner));
                      throw new IllegalStateException("outer fails after inner finished");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(owners.findById(owner.id())).isEmpty();
  }

  @Test
  void writesInsideTheTransaction_areVisibleToLaterReadsInIt() {
    Owner owner = newOwner();

    Owner seen =
        unitOfWork.inTransaction(
            () -> {
              owners.save(owner);
              return owners.findByEmail(owner.email()).orElseThrow();
            });

    assertThat(seen).isEqualTo(owner);
  }

  @Test
  void duplicateEventInsideATransaction_isRefused_withoutSpoilingTheTransaction() {
    Owner owner = newOwner();
    TriggerEvent event = newEvent(owner.id());
    events.append(event);

    boolean appended =
        unitOfWork.inTransaction(
            () -> {
              boolean again = events.append(event);
              owners.save(owner);
              return again;
            });

    assertThat(appended).isFalse();
    assertThat(owners.findById(owner.id())).contains(owner);
  }

  @Test
  void identityReadThenSavedInOneTransaction_isReadBackAsSaved() {
    TriggerIdentityRepository identities = database().triggerIdentities();
    TriggerIdentity identity =
        TriggerIdentity.registered(
            "ti-" + UUID.randomUUID(),
            newEvent(new OwnerId("o-" + UUID.randomUUID())).subject(),
            Instant.parse("2026-03-01T10:00:00Z"));
    identities.save(identity);
    TriggerIdentity deleted = identity.deleted(Instant.parse("2026-03-02T10:00:00Z"));

    TriggerIdentity seen =
        unitOfWork.inTransaction(
            () -> {
              identities.findById(identity.id()).orElseThrow();
              identities.save(deleted);
              return identities.findById(identity.id()).orElseThrow();
            });

    assertThat(seen).isEqualTo(deleted);
    assertThat(identities.findById(identity.id())).contains(deleted);
  }

  @Test
  void callsOutsideAUnitOfWork_eachCommitOnTheirOwn() {
    Owner owner = newOwner();
    owners.save(owner);

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      throw new IllegalStateException("unrelated failure");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(owners.findById(owner.id())).contains(owner);
  }

  private static Owner newOwner() {
    String id = UUID.randomUUID().toString();
    return new Owner(new OwnerId(id), new EmailAddress(id + "@example.com"), "Ada", "hash");
  }

  private static TriggerEvent newEvent(OwnerId owner) {
    return new TriggerEvent(
        UUID.randomUUID().toString(),
        new TriggerSubject(owner, "voice_command", Map.of("phrase", "hi")),
        Map.of("phrase", "hi"),
        Instant.parse("2026-03-01T10:00:00Z"));
  }
}
