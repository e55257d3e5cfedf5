package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.robot.Place;
import java.util.Optional;

/**
 * What the owner's robot is asked to do, by the names the asker knows (an animation id, a place
 * name). Names that match nothing the robot knows are accepted here and skipped when the action
 * runs. Code that handles every kind of action does so through {@link #match}, so that a new kind
 * is a compile error wherever it must be handled.
 */
public sealed interface RobotAction {
  /** Catalogue animation ids are at most 64 characters; a longer value names nothing. */
  int MAX_ANIMATION_ID_LENGTH = 100;

  /** Hands the action to the case of its kind. */
  <R> R match(Cases<R> cases);

  /** One case per kind of action; implementing it means handling every kind. */
  interface Cases<R> {
    R playAnimation(PlayAnimation action);

    R moveToPlace(MoveToPlace action);

    R dock(Dock action);
  }

  /** Play the animation with this id. */
  record PlayAnimation(String animationId) implements RobotAction {
    public PlayAnimation {
      if (animationId == null) {
        throw new IllegalArgumentException("animation id is required");
      }
      TextRules.requireAtMost(animationId, "animation id", MAX_ANIMATION_ID_LENGTH);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.playAnimation(this);
    }
  }

  /** Drive to the named place, then maybe play an animation (a blank id means none). */
  record MoveToPlace(String placeName, Optional<String> animationId) implements RobotAction {
    public MoveToPlace {
      if (placeName == null) {
        throw new IllegalArgumentException("place name is required");
      }
      TextRules.requireAtMost(placeName, "place name", Place.MAX_NAME);
      animationId =
          animationId == null ? Optional.empty() : animationId.filter(id -> !id.isBlank());
      animationId.ifPresent(
          id -> TextRules.requireAtMost(id, "animation id", MAX_ANIMATION_ID_LENGTH));
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.moveToPlace(this);
    }
  }

  /** Go back to the charger. */
  record Dock() implements RobotAction {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.dock(this);
    }
  }
}
