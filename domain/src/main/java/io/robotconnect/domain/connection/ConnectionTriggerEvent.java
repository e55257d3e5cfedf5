package io.robotconnect.domain.connection;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection trigger that fired for a user ({@code trigger_subscription/fired}), with the
 * ingredients of its event.
 *
 * @param id the webhook's request id, which makes the event unique
 */
public record ConnectionTriggerEvent(
    String id,
    ConnectionId connection,
    OwnerId user,
    StepRef trigger,
    String featureId,
    Optional<String> userFeatureId,
    Optional<String> userFeatureTriggerId,
    Map<String, String> ingredients,
    Instant receivedAt) {
  public ConnectionTriggerEvent {
    Ids.require(id, "event id");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(trigger, "trigger");
    Ids.require(featureId, "feature id");
    userFeatureId = userFeatureId == null ? Optional.empty() : userFeatureId;
    userFeatureTriggerId = userFeatureTriggerId == null ? Optional.empty() : userFeatureTriggerId;
    ingredients = Map.copyOf(ingredients == null ? Map.of() : ingredients);
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
