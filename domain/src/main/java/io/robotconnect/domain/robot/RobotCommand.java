package io.robotconnect.domain.robot;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something the cloud tells a robot to do, with every name resolved (the animation of the
 * catalogue, the place on the robot's map). Code that handles every kind of command does so through
 * {@link #match}, so that a new kind is a compile error wherever it must be handled (pattern
 * matching for {@code switch} is only a preview in Java 17; with Java 21 this becomes an exhaustive
 * switch).
 */
public sealed interface RobotCommand {

  /** The robot the command is for. */
  RobotId robot();

  /** Hands the command to the case of its kind. */
  <R> R match(Cases<R> cases);

  /** One case per kind of command; implementing it means handling every kind. */
  interface Cases<R> {
    R playAnimation(PlayAnimation command);

    R moveTo(MoveTo command);

    R dock(Dock command);
  }

  /** Play an animation. */
  record PlayAnimation(RobotId robot, Animation animation) implements RobotCommand {
    public PlayAnimation {
      Objects.requireNonNull(robot, "robot");
      Objects.requireNonNull(animation, "animation");
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.playAnimation(this);
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

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.moveTo(this);
    }
  }

  /** Go back to the charger. */
  record Dock(RobotId robot) implements RobotCommand {
    public Dock {
      Objects.requireNonNull(robot, "robot");
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.dock(this);
    }
  }
}
