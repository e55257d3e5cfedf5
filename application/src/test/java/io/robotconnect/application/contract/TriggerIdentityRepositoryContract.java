package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TriggerIdentityRepository} does. Tests use fresh ids. */
public abstract class TriggerIdentityRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final String VOICE = "voice_command";

  private TriggerIdentityRepository identities;

  /** The implementation under test. */
  protected abstract TriggerIdentityRepository triggerIdentityRepository();

  @BeforeEach
  void createRepository() {
    identities = triggerIdentityRepository();
  }

  @Test
  void savedIdentity_withItsSubject_isFoundById() {
    TriggerIdentity identity =
        TriggerIdentity.registered(
            newId(), subject(newOwner(), Map.of("phrase", "Hello Robot", "robot", "r-1")), T0);
    identities.save(identity);

    assertThat(identities.findById(identity.id())).contains(identity);
  }

  @Test
  void identityWithoutFields_roundTrips() {
    TriggerIdentity identity =
        TriggerIdentity.registered(newId(), new TriggerSubject(newOwner(), "docked", Map.of()), T0);
    identities.save(identity);

    assertThat(identities.findById(identity.id())).contains(identity);
  }

  @Test
  void identitiesFoundTogether_includeDeletedOnes_andUnknownIdsAreLeftOut() {
    OwnerId owner = newOwner();
    TriggerIdentity live =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "hi")), T0);
    TriggerIdentity deleted =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "bye")), T0)
            .deleted(T0.plusSeconds(60));
    identities.save(live);
    identities.save(deleted);

    assertThat(identities.findAllById(List.of(live.id(), newId(), deleted.id(), live.id())))
        .containsOnly(Map.entry(live.id(), live), Map.entry(deleted.id(), deleted));
    assertThat(identities.findAllById(List.of())).isEmpty();
  }

  @Test
  void unknownIdentity_isNotFound() {
    assertThat(identities.findById(newId())).isEmpty();
  }

  @Test
  void softDeletedIdentity_isStillFoundById_butNotLive() {
    OwnerId owner = newOwner();
    TriggerIdentity identity =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "hi")), T0);
    identities.save(identity);

    TriggerIdentity deleted = identity.deleted(T0.plusSeconds(60));
    identities.save(deleted);

    assertThat(identities.findById(identity.id())).contains(deleted);
    assertThat(identities.findLive(owner, VOICE)).isEmpty();
  }

  @Test
  void revivedIdentity_isLiveAgain() {
    OwnerId owner = newOwner();
    TriggerIdentity identity =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "hi")), T0);
    identities.save(identity.deleted(T0.plusSeconds(1)));

    identities.save(identity.deleted(T0.plusSeconds(1)).revived());

    assertThat(identities.findLive(owner, VOICE)).containsExactly(identity);
  }

  @Test
  void liveIdentities_ofOneOwnerAndTrigger_areListedOldestFirst_whateverTheirFields() {
    OwnerId owner = newOwner();
    TriggerIdentity newer =
        TriggerIdentity.registered(
            newId(), subject(owner, Map.of("phrase", "b")), T0.plusSeconds(5));
    TriggerIdentity older =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "a")), T0);
    TriggerIdentity gone =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "c")), T0)
            .deleted(T0.plusSeconds(9));
    identities.save(newer);
    identities.save(older);
    identities.save(gone);

    assertThat(identities.findLive(owner, VOICE)).containsExactly(older, newer);
  }

  @Test
  void liveIdentities_ofOtherOwnersOrTriggers_areNotListed() {
    OwnerId owner = newOwner();
    identities.save(TriggerIdentity.registered(newId(), subject(newOwner(), Map.of()), T0));
    identities.save(
        TriggerIdentity.registered(newId(), new TriggerSubject(owner, "docked", Map.of()), T0));

    assertThat(identities.findLive(owner, VOICE)).isEmpty();
    assertThat(identities.findLive(owner, "docked")).hasSize(1);
  }

  @Test
  void concurrentSavesOfOneNewIdentity_allSucceed() throws Exception {
    OwnerId owner = newOwner();
    TriggerIdentity identity =
        TriggerIdentity.registered(newId(), subject(owner, Map.of("phrase", "race")), T0);
    ExecutorService pollers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> saves = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        saves.add(pollers.submit(() -> identities.save(identity)));
      }
      for (Future<?> save : saves) {
        save.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pollers.shutdownNow();
    }

    assertThat(identities.findLive(owner, VOICE)).containsExactly(identity);
  }

  private static TriggerSubject subject(OwnerId owner, Map<String, String> fields) {
    return new TriggerSubject(owner, VOICE, fields);
  }

  private static OwnerId newOwner() {
    return new OwnerId("owner-" + UUID.randomUUID());
  }

  private static String newId() {
    return "ti-" + UUID.randomUUID();
  }
}
