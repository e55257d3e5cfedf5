package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.robot.Place;
import java.util.Optional;

/**
 * What an IFTTT action asks the robot to do, with the field values as IFTTT sent them. Values that
 * name nothing the robot knows are accepted here and skipped when the action runs.
 */
public sealed interface RobotAction {
  /** Catalogue animation ids are at most 64 characters; a longer value names nothing. */
  int MAX_ANIMATION_ID_LENGTH = 100;

  /** The {@code animation} action: play the animation with this id. */
  record PlayAnimation(String animationId) implements RobotAction {
    public PlayAnimation {
      if (animationId == null) {
        throw new IllegalArgumentException("actionFields.action is required");
      }
      TextRules.requireAtMost(animationId, "actionFields.action", MAX_ANIMATION_ID_LENGTH);
    }
  }

  /** The {@code move} action: drive to the named place, then maybe play an animation. */
  record MoveToPlace(String placeName, Optional<String> animationId) implements RobotAction {
    public MoveToPlace {
      if (placeName == null) {
        throw new IllegalArgumentException("actionFields.place is required");
      }
      TextRules.requireAtMost(placeName, "actionFields.place", Place.MAX_NAME);
      animationId =
          animationId == null ? Optional.empty() : animationId.filter(id -> !id.isBlank());
      animationId.ifPresent(
          id -> TextRules.requireAtMost(id, "actionFields.action", MAX_ANIMATION_ID_LENGTH));
    }
  }

  /** The {@code dock} action: go back to the charger. */
  record Dock() implements RobotAction {}
}
