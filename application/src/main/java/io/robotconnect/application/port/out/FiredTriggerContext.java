package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.StepRef;
import java.util.Map;
import java.util.Optional;

/** What a {@link FeatureExtension} may see and do for one fired trigger of one user. */
public interface FiredTriggerContext {

  /** The event, with its ingredients. */
  ConnectionTriggerEvent event();

  /** Runs a Connect action for the event's user and feature configuration. */
  void runAction(StepRef action, Map<String, FieldValue> fields);

  /** Performs a Connect query for the event's user and feature configuration. */
  ConnectApiPort.QueryPage performQuery(StepRef query, ConnectApiPort.QueryRequest request);

  /** Makes the user's robot play an animation of the catalogue. */
  void playAnimation(String animationId);

  /** Sends the user's robot to a named place, then optionally plays an animation. */
  void moveTo(String placeName, Optional<String> animationId);

  /** Sends the user's robot to its charger. */
  void dock();
}
