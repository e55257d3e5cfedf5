package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RobotRepository} does. Tests use fresh ids. */
public abstract class RobotRepositoryContract {
  private RobotRepository robots;

  /** The implementation under test. */
  protected abstract RobotRepository robotRepository();

  @BeforeEach
  void createRepository() {
    robots = robotRepository();
  }

  @Test
  void savedRobot_withItsPlacesInOrder_isFoundById() {
    Robot robot =
        newRobot(
            newOwner(),
            List.of(place("Kitchen"), place("Living room"), place("Hall"), place("Bedroom")));
    robots.save(robot);

    assertThat(robots.findById(robot.id())).contains(robot);
  }

  @Test
  void robotWithoutPlaces_roundTrips() {
    Robot robot = newRobot(newOwner(), List.of());
    robots.save(robot);

    assertThat(robots.findById(robot.id())).contains(robot);
  }

  @Test
  void ownersOfSeveralRobots_areFoundTogether_andUnknownIdsAreLeftOut() {
    Robot one = newRobot(newOwner(), List.of(place("Kitchen"), place("Hall")));
    Robot other = newRobot(newOwner(), List.of());
    robots.save(one);
    robots.save(other);
    RobotId unknown = new RobotId(UUID.randomUUID());

    assertThat(robots.ownersOf(List.of(one.id(), unknown, other.id(), one.id())))
        .containsOnly(Map.entry(one.id(), one.owner()), Map.entry(other.id(), other.owner()));
    assertThat(robots.ownersOf(List.of())).isEmpty();
  }

  @Test
  void unknownRobot_isNotFound() {
    assertThat(robots.findById(new RobotId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void savingAgain_replacesNameAndPlaces() {
    OwnerId owner = newOwner();
    Robot robot = newRobot(owner, List.of(place("Kitchen"), place("Hall")));
    robots.save(robot);
    Robot remapped =
        new Robot(robot.id(), owner, "Renamed", List.of(place("Garage"), robot.places().get(0)));

    robots.save(remapped);

    assertThat(robots.findById(robot.id())).contains(remapped);
  }

  @Test
  void robotsOfAnOwner_areListedOldestRegistrationFirst_withTheirPlaces() {
    OwnerId owner = newOwner();
    Robot first = newRobot(owner, List.of(place("Kitchen")));
    Robot second = newRobot(owner, List.of());
    Robot third = newRobot(owner, List.of(place("Hall"), place("Attic")));
    robots.save(first);
    robots.save(second);
    robots.save(third);
    robots.save(new Robot(first.id(), owner, "Re-saved keeps its rank", first.places()));

    assertThat(robots.findByOwner(owner))
        .extracting(Robot::id)
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(robots.findByOwner(owner).get(2)).isEqualTo(third);
  }

  @Test
  void robotsOfAnotherOwner_areNotListed() {
    OwnerId owner = newOwner();
    robots.save(newRobot(newOwner(), List.of(place("Kitchen"))));

    assertThat(robots.findByOwner(owner)).isEmpty();
  }

  private static Robot newRobot(OwnerId owner, List<Place> places) {
    return new Robot(new RobotId(UUID.randomUUID()), owner, "Robbie", places);
  }

  private static OwnerId newOwner() {
    return new OwnerId("owner-" + UUID.randomUUID());
  }

  private static Place place(String name) {
    return new Place(UUID.randomUUID(), name);
  }
}
