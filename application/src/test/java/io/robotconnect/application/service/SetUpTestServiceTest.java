package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.FastPasswordHasher;
import io.robotconnect.application.fake.InMemoryAuthorizationCodeRepository;
import io.robotconnect.application.fake.InMemoryOAuthTokenRepository;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.fake.InMemoryTriggerEventRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.TestSetup;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetUpTestServiceTest {
  private final MutableClock clock = new MutableClock();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final InMemoryTriggerEventRepository events = new InMemoryTriggerEventRepository();
  private final OwnerRegistrationService ownerRegistration =
      new OwnerRegistrationService(owners, new FastPasswordHasher());
  private final TokenService tokens =
      new TokenService(
          new OAuthSettings(
              "ifttt", "secret", Set.of(), Duration.ofMinutes(5), Duration.ofHours(24), null),
          new InMemoryAuthorizationCodeRepository(),
          new InMemoryOAuthTokenRepository(),
          owners,
          clock,
          unitOfWork,
          () -> {});
  private final SetUpTestService service =
      new SetUpTestService(
          ownerRegistration,
          new RobotRegistrationService(owners, robots),
          tokens,
          robots,
          events,
          unitOfWork,
          clock);

  private Owner testOwner() {
    return owners.findByEmail(SetUpTestService.TEST_OWNER_EMAIL).orElseThrow();
  }

  @Test
  void setUp_issuesATokenOfTheTestOwner() {
    TestSetup setup = service.setUp();

    assertThat(tokens.authenticate(setup.accessToken())).contains(testOwner().id());
  }

  @Test
  void setUp_givesTheTestOwnerARobotWithTheSamplePlaceAndTwoMore() {
    TestSetup setup = service.setUp();

    List<Robot> testRobots = robots.findByOwner(testOwner().id());
    assertThat(testRobots).hasSize(1);
    assertThat(testRobots.get(0).places()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(testRobots.get(0).placeNamed(setup.placeName())).isPresent();
    assertThat(testRobots.get(0).placeNamed(setup.unknownPlaceName())).isEmpty();
  }

  @Test
  void setUp_recordsThreePastVoiceCommandsOfTheSamplePhrase() {
    TestSetup setup = service.setUp();

    List<TriggerEvent> timeline =
        events.newest(
            new TriggerSubject(
                testOwner().id(), "voice_command", Map.of("voice_command", setup.phrase())),
            TimelineLimit.of(null));
    assertThat(timeline).hasSize(3);
    assertThat(timeline).allSatisfy(e -> assertThat(e.occurredAt()).isBefore(clock.now()));
    assertThat(timeline.get(0).ingredients()).containsEntry("voice_command", setup.phrase());
  }

  @Test
  void setUpTwice_keepsOneOwnerOneRobotAndThreeEvents_butIssuesFreshTokens() {
    TestSetup first = service.setUp();
    clock.advance(Duration.ofHours(1));
    TestSetup second = service.setUp();

    assertThat(robots.findByOwner(testOwner().id())).hasSize(1);
    assertThat(
            events.newest(
                new TriggerSubject(
                    testOwner().id(), "voice_command", Map.of("voice_command", second.phrase())),
                TimelineLimit.of(null)))
        .hasSize(3);
    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(tokens.authenticate(second.accessToken())).contains(testOwner().id());
  }

  @Test
  void setUp_leavesRealOwnersAlone() {
    Owner alice =
        ownerRegistration.register(
            new RegisterOwnerCommand(
                new EmailAddress("alice@example.com"), "Alice", "correct horse battery"));

    service.setUp();
    service.setUp();

    assertThat(owners.findById(alice.id())).contains(alice);
    assertThat(robots.findByOwner(alice.id())).isEmpty();
    assertThat(testOwner().id()).isNotEqualTo(alice.id());
    assertThat(testOwner().email().value()).endsWith(".invalid");
  }

  @Test
  void samples_exerciseTheEndpointsAsIntended() {
    TestSetup setup = service.setUp();

    ValidateTriggerFieldService validation = new ValidateTriggerFieldService();
    assertThat(
            validation
                .validate(
                    new ValidateTriggerFieldQuery("voice_command", "voice_command", setup.phrase()))
                .valid())
        .isTrue();
    assertThat(
            validation
                .validate(
                    new ValidateTriggerFieldQuery(
                        "voice_command", "voice_command", setup.invalidPhrase()))
                .valid())
        .isFalse();
    assertThat(io.robotconnect.domain.robot.AnimationCatalogue.byId(setup.animationId()))
        .isPresent();
    assertThat(io.robotconnect.domain.robot.AnimationCatalogue.byId(setup.unknownAnimationId()))
        .isEmpty();
  }
}
