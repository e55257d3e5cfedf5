package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.port.in.RegisterRobotCommand;
import io.robotconnect.application.port.in.ReservedAccountException;
import io.robotconnect.application.port.in.RobotOwnedByAnotherOwnerException;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.ReservedAccounts;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RobotRegistrationServiceTest {
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final RobotRegistrationService service = new RobotRegistrationService(owners, robots);
  private final OwnerId ada = owner("ada");
  private final OwnerId bob = owner("bob");

  @Test
  void register_storesTheRobotWithItsPlacesForTheOwner() {
    Place kitchen = new Place(UUID.randomUUID(), "Kitchen");

    Robot robot = service.register(RegisterRobotCommand.of(ada, null, "Kuri", List.of(kitchen)));

    assertThat(robots.findByOwner(ada)).containsExactly(robot);
    assertThat(robot.placeNamed("kitchen")).contains(kitchen);
  }

  @Test
  void registeringTheSameRobotAgain_replacesItsPlaces() {
    RobotId id = new RobotId(UUID.randomUUID());
    service.register(RegisterRobotCommand.of(ada, id, "Kuri", List.of(place("Kitchen"))));

    service.register(RegisterRobotCommand.of(ada, id, "Kuri", List.of(place("Hall"))));

    assertThat(robots.findById(id).orElseThrow().places())
        .extracting(Place::name)
        .containsExactly("Hall");
  }

  @Test
  void givenRobotOfAnotherOwner_register_isRefusedAndChangesNothing() {
    RobotId id = new RobotId(UUID.randomUUID());
    service.register(RegisterRobotCommand.of(ada, id, "Kuri", List.of()));

    assertThatThrownBy(() -> service.register(RegisterRobotCommand.of(bob, id, "Mine", List.of())))
        .isInstanceOf(RobotOwnedByAnotherOwnerException.class);
    assertThat(robots.findById(id).orElseThrow().owner()).isEqualTo(ada);
  }

  @Test
  void givenUnknownOwner_register_isRefused() {
    OwnerId nobody = new OwnerId("nobody");

    assertThatThrownBy(
            () -> service.register(RegisterRobotCommand.of(nobody, null, "Kuri", List.of())))
        .isInstanceOf(UnknownOwnerException.class);
  }

  @Test
  void robotsOfAReservedAccount_areRefusedFromOutside_andSetByThePlatform() {
    Owner testOwner =
        new Owner(
            new OwnerId(UUID.randomUUID().toString()),
            ReservedAccounts.IFTTT_ENDPOINT_TEST,
            "Test",
            "hash");
    owners.save(testOwner);
    RegisterRobotCommand robot = RegisterRobotCommand.of(testOwner.id(), null, "Kuri", List.of());

    assertThatThrownBy(() -> service.register(robot)).isInstanceOf(ReservedAccountException.class);
    assertThat(robots.findByOwner(testOwner.id())).isEmpty();

    service.registerForReservedAccount(robot);

    assertThat(robots.findByOwner(testOwner.id())).hasSize(1);
  }

  private OwnerId owner(String name) {
    Owner owner =
        new Owner(
            new OwnerId(UUID.randomUUID().toString()),
            new EmailAddress(name + "@example.com"),
            name,
            "hash");
    owners.save(owner);
    return owner.id();
  }

  private static Place place(String name) {
    return new Place(UUID.randomUUID(), name);
  }
}
