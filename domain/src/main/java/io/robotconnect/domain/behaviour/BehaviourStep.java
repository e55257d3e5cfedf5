package io.robotconnect.domain.behaviour;

import io.robotconnect.domain.connection.StepRef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One thing the platform does when a connection's trigger fires. */
public sealed interface BehaviourStep {

  /** The owner's robot plays an animation of the catalogue. */
  record PlayAnimation(String animationId) implements BehaviourStep {
    public PlayAnimation {
      Objects.requireNonNull(animationId, "animationId");
    }
  }

  /** The owner's robot drives to a named place (a template), then optionally plays an animation. */
  record MoveTo(FieldTemplate place, Optional<String> animationId) implements BehaviourStep {
    public MoveTo {
      Objects.requireNonNull(place, "place");
      animationId = animationId == null ? Optional.empty() : animationId;
    }
  }

  /** The owner's robot goes back to its charger. */
  record Dock() implements BehaviourStep {}

  /** Runs a Connect action of the connection, overriding fields with rendered templates. */
  record RunAction(StepRef action, Map<String, FieldTemplate> fields) implements BehaviourStep {
    public RunAction {
      Objects.requireNonNull(action, "action");
      fields = Map.copyOf(fields == null ? Map.of() : fields);
    }
  }

  /** Performs a Connect query of the connection with rendered field overrides. */
  record PerformQuery(StepRef query, Map<String, FieldTemplate> fields, Optional<Integer> limit)
      implements BehaviourStep {
    public PerformQuery {
      Objects.requireNonNull(query, "query");
      fields = Map.copyOf(fields == null ? Map.of() : fields);
      limit = limit == null ? Optional.empty() : limit;
    }
  }

  /** Hands the event to a Java extension (found by name through the service loader). */
  record Custom(String handler) implements BehaviourStep {
    public Custom {
      if (handler == null || !handler.matches("[a-z0-9_.-]{1,100}")) {
        throw new IllegalArgumentException("handler name must be 1-100 of [a-z0-9_.-]: " + handler);
      }
    }
  }
}
