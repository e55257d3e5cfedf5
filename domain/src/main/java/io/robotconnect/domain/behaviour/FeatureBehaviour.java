package io.robotconnect.domain.behaviour;

import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform does when a trigger of one connection feature fires.
 *
 * @param trigger the service trigger it reacts to; empty means any trigger of the feature
 */
public record FeatureBehaviour(
    ConnectionId connection,
    String featureId,
    Optional<StepRef> trigger,
    List<BehaviourStep> steps) {
  public FeatureBehaviour {
    Objects.requireNonNull(connection, "connection");
    if (featureId == null || featureId.isBlank()) {
      throw new IllegalArgumentException("feature id is required");
    }
    trigger = trigger == null ? Optional.empty() : trigger;
    steps = List.copyOf(steps == null ? List.of() : steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a behaviour needs at least one step");
    }
  }

  /** Whether this behaviour answers a fired trigger of this connection and feature. */
  public boolean answers(ConnectionId firedConnection, String firedFeature, StepRef firedTrigger) {
    return connection.equals(firedConnection)
        && featureId.equals(firedFeature)
        && trigger.map(t -> t.equals(firedTrigger)).orElse(true);
  }
}
