package io.robotconnect.application.service;

import io.robotconnect.application.port.in.IssueAccessTokenUseCase;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.application.port.in.RegisterOwnerUseCase;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.RegisterRobotUseCase;
import io.robotconnect.application.port.in.SetUpTestUseCase;
import io.robotconnect.application.port.in.TestSetup;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.ReservedAccounts;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps IFTTT's test owner ready: an account under a reserved e-mail domain (so it can never be a
 * real user's), a robot with three mapped places and three past voice commands. Everything is
 * created only when missing; only the test owner's own data is ever touched.
 */
public class SetUpTestService implements SetUpTestUseCase {
  static final EmailAddress TEST_OWNER_EMAIL = ReservedAccounts.IFTTT_ENDPOINT_TEST;
  static final String TEST_OWNER_NAME = "IFTTT endpoint test";
  static final String TEST_ROBOT_NAME = "IFTTT test robot";
  static final List<String> PLACE_NAMES = List.of("Kitchen", "Living Room", "Front Door");
  static final String PHRASE = "hello robot";
  static final String ANIMATION = "giggle";
  static final String UNKNOWN_ANIMATION = "no_such_animation";
  static final String UNKNOWN_PLACE = "Nowhere On The Map";
  static final int PAST_EVENTS = 3;

  private final RegisterOwnerUseCase owners;
  private final RegisterRobotUseCase robotRegistration;
  private final IssueAccessTokenUseCase tokens;
  private final RobotRepository robots;
  private final TriggerEventRepository events;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final SecureRandom random = new SecureRandom();

  public SetUpTestService(
      RegisterOwnerUseCase owners,
      RegisterRobotUseCase robotRegistration,
      IssueAccessTokenUseCase tokens,
      RobotRepository robots,
      TriggerEventRepository events,
      UnitOfWork unitOfWork,
      ClockPort clock) {
    this.owners = owners;
    this.robotRegistration = robotRegistration;
    this.tokens = tokens;
    this.robots = robots;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public TestSetup setUp() {
    Owner owner =
        unitOfWork.inTransaction(
            () -> {
              Owner testOwner =
                  owners.registerIfAbsent(
                      new RegisterOwnerCommand(
                          TEST_OWNER_EMAIL, TEST_OWNER_NAME, randomPassword()));
              ensureRobot(testOwner);
              ensurePastVoiceCommands(testOwner);
              return testOwner;
            });
    String accessToken = tokens.issue(owner.id()).accessToken();
    return new TestSetup(
        accessToken,
        PHRASE,
        "x".repeat(VoiceCommandTrigger.MAX_PHRASE_LENGTH + 1),
        ANIMATION,
        PLACE_NAMES.get(0),
        UNKNOWN_ANIMATION,
        UNKNOWN_PLACE);
  }

  /** The first robot is the one actions use; it gets the sample places back if they changed. */
  private void ensureRobot(Owner owner) {
    List<Robot> existing = robots.findByOwner(owner.id());
    RobotId id = existing.isEmpty() ? new RobotId(UUID.randomUUID()) : existing.get(0).id();
    List<Place> places = PLACE_NAMES.stream().map(SetUpTestService::place).toList();
    Robot wanted = new Robot(id, owner.id(), TEST_ROBOT_NAME, places);
    if (existing.isEmpty() || !existing.get(0).equals(wanted)) {
      robotRegistration.registerForReservedAccount(new RegisterRobotCommand(wanted));
    }
  }

  private void ensurePastVoiceCommands(Owner owner) {
    TriggerSubject subject =
        new TriggerSubject(
            owner.id(), VoiceCommandTrigger.SLUG, Map.of(VoiceCommandTrigger.PHRASE_FIELD, PHRASE));
    Instant now = clock.now();
    UUID eventIdStem = UUID.nameUUIDFromBytes(owner.id().value().getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= PAST_EVENTS; i++) {
      Instant heardAt = now.minus(Duration.ofMinutes(10L * (PAST_EVENTS + 1 - i)));
      events.append(
          new TriggerEvent(
              "ifttt-test-" + eventIdStem + "-" + i,
              subject,
              Map.of(VoiceCommandTrigger.PHRASE_INGREDIENT, PHRASE),
              heardAt));
    }
  }

  /** Stable waypoints, so that re-running the setup does not look like a new map. */
  private static Place place(String name) {
    return new Place(
        UUID.nameUUIDFromBytes(("ifttt-test-place:" + name).getBytes(StandardCharsets.UTF_8)),
        name);
  }

  /** Nobody signs in as the test owner; the password only has to be unguessable. */
  private String randomPassword() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
