package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.fake.InMemoryTriggerIdentityRepository;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.PhraseListPush;
import io.robotconnect.application.port.out.RobotMessageTooLargeException;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushPhraseListHandlerTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private static final RobotId KURI = new RobotId(UUID.randomUUID());
  private static final RobotId MINI = new RobotId(UUID.randomUUID());
  private static final RobotId BOBS = new RobotId(UUID.randomUUID());

  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final InMemoryTriggerIdentityRepository identities =
      new InMemoryTriggerIdentityRepository();
  private final Map<RobotId, List<VoiceCommandPhrase>> pushed = new LinkedHashMap<>();
  private boolean transportDown;
  private boolean tooLarge;
  private final PushPhraseListHandler handler =
      new PushPhraseListHandler(
          robots,
          identities,
          new DirectUnitOfWork(),
          (robot, phrases) -> {
            if (transportDown) {
              throw new RobotTransportUnavailableException("broker down", null);
            }
            if (tooLarge) {
              throw new RobotMessageTooLargeException("300000 bytes, the broker takes 65536");
            }
            pushed.put(robot, phrases);
          });

  @BeforeEach
  void setUp() {
    robots.save(new Robot(KURI, ALICE, "Kuri", List.of()));
    robots.save(new Robot(MINI, ALICE, "Mini", List.of()));
    robots.save(new Robot(BOBS, new OwnerId("bob"), "Bob's", List.of()));
    identities.save(identity("ti-1", ALICE, "voice_command", "lights on"));
    identities.save(identity("ti-2", ALICE, "voice_command", "find my phone"));
    identities.save(identity("ti-3", ALICE, "voice_command", "gone").deleted(Instant.EPOCH));
    identities.save(identity("ti-4", new OwnerId("bob"), "voice_command", "bob's phrase"));
  }

  private static TriggerIdentity identity(String id, OwnerId owner, String slug, String phrase) {
    return TriggerIdentity.registered(
        id, new TriggerSubject(owner, slug, Map.of("voice_command", phrase)), Instant.EPOCH);
  }

  private static OutboxMessage<PhraseListPush> forOwner(long id, String owner) {
    return new OutboxMessage<>(id, new PhraseListPush(new OwnerId(owner)), 0, Instant.EPOCH);
  }

  @Test
  void everyRobotOfTheOwner_getsTheFullListOfLivePhrases() {
    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(forOwner(1, "alice")));

    List<VoiceCommandPhrase> expected =
        List.of(
            new VoiceCommandPhrase("ti-1", "lights on"),
            new VoiceCommandPhrase("ti-2", "find my phone"));
    assertThat(pushed).containsOnlyKeys(KURI, MINI);
    assertThat(pushed.get(KURI)).isEqualTo(expected);
    assertThat(pushed.get(MINI)).isEqualTo(expected);
    assertThat(outcomes.get(1L)).isInstanceOf(DeliveryOutcome.Delivered.class);
  }

  @Test
  void anOwnerWithoutPhrases_getsAnEmptyList() {
    robots.save(new Robot(KURI, new OwnerId("carol"), "Kuri", List.of()));

    handler.deliver(List.of(forOwner(1, "carol")));

    assertThat(pushed.get(KURI)).isEmpty();
  }

  @Test
  void severalChangesOfOneOwner_causeOnePushPerRobot() {
    Map<Long, DeliveryOutcome> outcomes =
        handler.deliver(List.of(forOwner(1, "alice"), forOwner(2, "alice")));

    assertThat(pushed).hasSize(2);
    assertThat(outcomes).hasSize(2);
  }

  @Test
  void aTransportOutage_retriesTheMessage() {
    transportDown = true;

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(forOwner(1, "alice")));

    assertThat(outcomes.get(1L)).isInstanceOf(DeliveryOutcome.RetryLater.class);
  }

  @Test
  void anOwnerWithMorePhrasesThanARobotTakes_givesTheRobotsTheNewest() {
    OwnerId carol = new OwnerId("carol");
    RobotId carols = new RobotId(UUID.randomUUID());
    robots.save(new Robot(carols, carol, "Carol's", List.of()));
    int count = RobotPhraseListPort.MAX_PHRASES + 50;
    for (int i = 1; i <= count; i++) {
      identities.save(
          TriggerIdentity.registered(
              "c-" + i,
              new TriggerSubject(carol, "voice_command", Map.of("voice_command", "phrase " + i)),
              Instant.EPOCH.plusSeconds(i)));
    }

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(forOwner(1, "carol")));

    assertThat(outcomes.get(1L)).isInstanceOf(DeliveryOutcome.Delivered.class);
    assertThat(pushed.get(carols))
        .extracting(VoiceCommandPhrase::triggerIdentity)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(51, count).mapToObj(i -> "c-" + i).toList());
  }

  @Test
  void aStoredPhraseLongerThanTheLimit_isLeftOut_andTheOthersAreSent() {
    identities.save(identity("ti-long", ALICE, "voice_command", "x".repeat(101)));
    identities.save(identity("ti-padded", ALICE, "voice_command", "  " + "y".repeat(100) + "  "));

    handler.deliver(List.of(forOwner(1, "alice")));

    assertThat(pushed.get(KURI))
        .extracting(VoiceCommandPhrase::triggerIdentity)
        .containsExactlyInAnyOrder("ti-1", "ti-2", "ti-padded");
    assertThat(pushed.get(KURI))
        .allSatisfy(phrase -> assertThat(phrase.voiceCommand()).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void aListTheTransportCanNeverTake_isGivenUp_notRetried() {
    tooLarge = true;

    Map<Long, DeliveryOutcome> outcomes = handler.deliver(List.of(forOwner(1, "alice")));

    assertThat(outcomes.get(1L)).isInstanceOf(DeliveryOutcome.GiveUp.class);
  }
}
