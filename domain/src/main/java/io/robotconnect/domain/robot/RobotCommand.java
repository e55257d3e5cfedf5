package io.robotconnect.domain.robot;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Something the cloud tells a robot to do. */
public sealed interface RobotCommand {

  /** The robot the command is for. */
  RobotId robot();

  /** Play an animation. */
  record PlayAnimation(RobotId robot, Animation animation) implements RobotCommand {
    public PlayAnimation {
      Objects.requireNonNull(robot, "robot");
      Objects.requireNonNull(animation, "animation");
    }
  }

  /** Drive to a place, then optionally play an animation there. */
  record MoveTo(RobotId robot, Place place, Optional<Animation> animation) implements RobotCommand {
    public MoveTo {
      Objects.requireNonNull(robot, "robot");
      Objects.requireNonNull(place, "place");
      animation = animation == null ? Optional.empty() : animation;
    }

    public UUID waypointUuid() {
      return place.waypointUuid();
    }
  }

  /** Go back to the charger. */
  record Dock(RobotId robot) implements RobotCommand {
    public Dock {
      Objects.requireNonNull(robot, "robot");
    }
  }
}
