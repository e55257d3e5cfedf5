package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.port.in.FieldOption;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListFieldOptionsServiceTest {
  private static final OwnerId ALICE = new OwnerId("alice");

  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final ListFieldOptionsService service = new ListFieldOptionsService(robots);

  @Test
  void animationOptions_areTheCatalogueByLabelAndId() {
    List<FieldOption> options = service.animationOptions();

    assertThat(options).hasSize(12);
    assertThat(options.get(0)).isEqualTo(new FieldOption("Alarm 1", "alarm_1"));
    assertThat(options).contains(new FieldOption("Giggle", "giggle"));
  }

  @Test
  void placeOptions_areTheOwnersRobotsPlaces() {
    robots.save(
        new Robot(
            new RobotId(UUID.randomUUID()),
            ALICE,
            "Kuri",
            List.of(
                new Place(UUID.randomUUID(), "Kitchen"), new Place(UUID.randomUUID(), "Hall"))));
    robots.save(
        new Robot(
            new RobotId(UUID.randomUUID()),
            new OwnerId("bob"),
            "Other",
            List.of(new Place(UUID.randomUUID(), "Garage"))));

    assertThat(service.placeOptions(ALICE))
        .containsExactly(new FieldOption("Kitchen", "Kitchen"), new FieldOption("Hall", "Hall"));
  }

  @Test
  void givenNoRobot_placeOptions_areEmpty() {
    assertThat(service.placeOptions(ALICE)).isEmpty();
  }
}
