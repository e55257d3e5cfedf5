package io.robotconnect.domain.connection;

import io.robotconnect.domain.TextRules;
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
  /** Ingredients come from IFTTT's event; a trigger has a handful. */
  public static final int MAX_INGREDIENTS = 100;

  /** Ingredient values are free text (stored in an unbounded column, sent to robots). */
  public static final int MAX_INGREDIENT_VALUE_LENGTH = 10_000;

  public ConnectionTriggerEvent {
    Ids.require(id, "event id");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(trigger, "trigger");
    Ids.require(featureId, "feature id");
    userFeatureId = Ids.optional(userFeatureId, "user_feature_id");
    userFeatureTriggerId = Ids.optional(userFeatureTriggerId, "user_feature_trigger_id");
    ingredients = requireIngredients(ingredients);
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** Checks the ingredients of a fired trigger against the limits above. */
  public static Map<String, String> requireIngredients(Map<String, String> ingredients) {
    Map<String, String> checked = Map.copyOf(ingredients == null ? Map.of() : ingredients);
    if (checked.size() > MAX_INGREDIENTS) {
      throw new IllegalArgumentException("at most " + MAX_INGREDIENTS + " ingredients");
    }
    checked.forEach(
        (name, value) -> {
          Ids.require(name, "ingredient name");
          TextRules.requireAtMost(value, "ingredient " + name, MAX_INGREDIENT_VALUE_LENGTH);
        });
    return checked;
  }
}
