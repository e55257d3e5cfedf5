package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnerLookupServiceTest {
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final OwnerLookupService lookup = new OwnerLookupService(owners, robots);

  private final Owner ada = owner("ada");
  private final Owner bob = owner("bob");
  private final Robot kuri =
      new Robot(
          new RobotId(UUID.randomUUID()),
          ada.id(),
          "Kuri",
          List.of(new Place(UUID.randomUUID(), "Kitchen")));

  OwnerLookupServiceTest() {
    owners.save(ada);
    owners.save(bob);
    robots.save(kuri);
  }

  @Test
  void givenARegisteredOwner_owner_isFoundByItsId() {
    assertThat(lookup.owner(ada.id())).contains(ada);
  }

  @Test
  void givenNoOwnerWithTheId_owner_isEmpty() {
    assertThat(lookup.owner(new OwnerId("nobody"))).isEmpty();
  }

  @Test
  void givenTheOwnersRobot_robot_isFoundWithItsPlaces() {
    assertThat(lookup.robot(ada.id(), kuri.id())).contains(kuri);
  }

  @Test
  void givenAnotherOwnersRobot_robot_isEmpty() {
    assertThat(lookup.robot(bob.id(), kuri.id())).isEmpty();
  }

  @Test
  void givenNoRobotWithTheId_robot_isEmpty() {
    assertThat(lookup.robot(ada.id(), new RobotId(UUID.randomUUID()))).isEmpty();
  }

  private static Owner owner(String name) {
    return new Owner(
        new OwnerId(name + "-id"), new EmailAddress(name + "@example.com"), name, "hash");
  }
}
