package io.robotconnect.domain.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RobotTest {
  private static final OwnerId OWNER = new OwnerId("owner-1");

  @Test
  void aNameOfTheMaximumLength_isAccepted() {
    Robot robot = new Robot(new RobotId(UUID.randomUUID()), OWNER, "r".repeat(200), List.of());

    assertThat(robot.name()).hasSize(Robot.MAX_NAME);
  }

  @Test
  void aNameLongerThanTheMaximum_isRefusedAsInvalidInput() {
    assertThatThrownBy(
            () -> new Robot(new RobotId(UUID.randomUUID()), OWNER, "r".repeat(201), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 200");
  }

  @Test
  void moreThanTheMaximumNumberOfPlaces_isRefused() {
    List<Place> places =
        java.util.stream.IntStream.rangeClosed(0, Robot.MAX_PLACES)
            .mapToObj(i -> new Place(UUID.randomUUID(), "Place " + i))
            .toList();

    assertThatThrownBy(() -> new Robot(new RobotId(UUID.randomUUID()), OWNER, "Kuri", places))
        .hasMessageContaining("at most 100 places");
  }

  @Test
  void namesWithControlCharacters_areRefused() {
    assertThatThrownBy(
            () -> new Robot(new RobotId(UUID.randomUUID()), OWNER, "Ku\u001bri", List.of()))
        .hasMessageContaining("robot name must not contain control characters");
    assertThatThrownBy(() -> new Place(UUID.randomUUID(), "Kit\nchen"))
        .hasMessageContaining("place name must not contain control characters");
  }
}
