package io.robotconnect.adapter.robot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.domain.robot.AnimationCatalogue;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandEncoderTest {
  private static final RobotId ROBOT = new RobotId(UUID.randomUUID());
  private static final Place KITCHEN =
      new Place(UUID.fromString("6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f"), "Kitchen");

  private final CommandEncoder encoder = new CommandEncoder();
  private final ObjectMapper json = TestWiring.json();

  @Test
  void anAnimation_isTheRobotsAnimationCommand() throws Exception {
    CommandEncoder.Encoded encoded =
        encoder.encode(
            new RobotCommand.PlayAnimation(ROBOT, AnimationCatalogue.byId("giggle").orElseThrow()));

    assertThat(json.writeValueAsString(encoded.payload()))
        .isEqualTo("{\"name\":\"ifttt_animation_command\",\"params\":{\"action_id\":\"giggle\"}}");
    assertThat(encoded.appFields()).containsExactly(Map.entry("action", "giggle"));
  }

  @Test
  void aMove_carriesTheWaypoint_andTheAnimationOnlyWhenThereIsOne() throws Exception {
    CommandEncoder.Encoded plain =
        encoder.encode(new RobotCommand.MoveTo(ROBOT, KITCHEN, Optional.empty()));
    CommandEncoder.Encoded withJoke =
        encoder.encode(new RobotCommand.MoveTo(ROBOT, KITCHEN, AnimationCatalogue.byId("joke")));

    assertThat(json.writeValueAsString(plain.payload()))
        .isEqualTo(
            "{\"name\":\"ifttt_move_command\",\"params\":"
                + "{\"waypoint_uuid\":\"6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f\"}}");
    assertThat(plain.appFields()).containsExactly(Map.entry("place", "Kitchen"));
    assertThat(json.writeValueAsString(withJoke.payload()))
        .isEqualTo(
            "{\"name\":\"ifttt_move_command\",\"params\":"
                + "{\"waypoint_uuid\":\"6f1c2b0a-6a5e-4f55-9c1e-1b2f3a4d5e6f\","
                + "\"action_id\":\"joke\"}}");
    assertThat(withJoke.appFields())
        .containsExactly(Map.entry("place", "Kitchen"), Map.entry("action", "joke"));
  }

  @Test
  void aDock_isTheRobotsDockCommand_withoutParameters() throws Exception {
    CommandEncoder.Encoded encoded = encoder.encode(new RobotCommand.Dock(ROBOT));

    assertThat(json.writeValueAsString(encoded.payload()))
        .isEqualTo("{\"name\":\"ifttt_dock_command\",\"params\":{}}");
    assertThat(encoded.name()).isEqualTo(CommandEncoder.DOCK);
    assertThat(encoded.appFields()).isEmpty();
  }
}
