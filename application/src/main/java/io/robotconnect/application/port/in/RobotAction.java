package io.robotconnect.application.port.in;

import java.util.Optional;

/**
 * What an IFTTT action asks the robot to do, with the field values as IFTTT sent them. Values that
 * name nothing the robot knows are accepted here and skipped when the action runs.
 */
public sealed interface RobotAction {

  /** The {@code animation} action: play the animation with this id. */
  record PlayAnimation(String animationId) implements RobotAction {
    public PlayAnimation {
      if (animationId == null) {
        throw new IllegalArgumentException("actionFields.action is required");
      }
    }
  }

  /** The {@code move} action: drive to the named place, then maybe play an animation. */
  record MoveToPlace(String placeName, Optional<String> animationId) implements RobotAction {
    public MoveToPlace {
      if (placeName == null) {
        throw new IllegalArgumentException("actionFields.place is required");
      }
      animationId =
          animationId == null ? Optional.empty() : animationId.filter(id -> !id.isBlank());
    }
  }

  /** The {@code dock} action: go back to the charger. */
  record Dock() implements RobotAction {}
}
