package io.robotconnect.domain.robot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RobotCommandTest {
  private static final RobotId ROBOT = new RobotId(UUID.randomUUID());

  private static final RobotCommand.Cases<String> KIND =
      new RobotCommand.Cases<>() {
        @Override
        public String playAnimation(RobotCommand.PlayAnimation command) {
          return "play " + command.animation().id();
        }

        @Override
        public String moveTo(RobotCommand.MoveTo command) {
          return "move to " + command.place().name();
        }

        @Override
        public String dock(RobotCommand.Dock command) {
          return "dock";
        }
      };

  @Test
  void eachKindOfCommand_reachesItsOwnCase() {
    Place kitchen = new Place(UUID.randomUUID(), "Kitchen");

    assertThat(
            new RobotCommand.PlayAnimation(ROBOT, AnimationCatalogue.byId("joke").orElseThrow())
                .match(KIND))
        .isEqualTo("play joke");
    assertThat(new RobotCommand.MoveTo(ROBOT, kitchen, Optional.empty()).match(KIND))
        .isEqualTo("move to Kitchen");
    assertThat(new RobotCommand.Dock(ROBOT).match(KIND)).isEqualTo("dock");
  }
}
