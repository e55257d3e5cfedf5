package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Connect webhook the platform knows, as read from its body.
 *
 * @param fired present for {@code trigger_subscription/fired} only
 */
public record ConnectWebhook(
    Kind kind,
    ConnectionId connection,
    OwnerId user,
    Optional<String> userTimezone,
    Optional<FiredTrigger> fired) {
  /** IANA zone names are at most about 30 characters. */
  public static final int MAX_TIMEZONE_LENGTH = 100;

  /** The webhooks of the Connect API, by {@code type/event}. */
  public enum Kind {
    CONNECTION_ENABLED("connection", "enabled"),
    CONNECTION_UPDATED("connection", "updated"),
    CONNECTION_DISABLED("connection", "disabled"),
    TRIGGER_FIRED("trigger_subscription", "fired");

    private final String type;
    private final String event;

    Kind(String type, String event) {
      this.type = type;
      this.event = event;
    }

    public String type() {
      return type;
    }

    public String event() {
      return event;
    }

    /** The kind of {@code type/event}; empty for webhooks the platform does not know. */
    public static Optional<Kind> of(String type, String event) {
      return Arrays.stream(values())
          .filter(k -> k.type.equals(type) && k.event.equals(event))
          .findFirst();
    }

    public static Kind named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * What fired: the service trigger, the feature and the user's configuration of it, and the
   * event's ingredients.
   */
  public record FiredTrigger(
      StepRef trigger,
      String featureId,
      Optional<String> userFeatureId,
      Optional<String> userFeatureTriggerId,
      Map<String, String> ingredients) {
    public FiredTrigger {
      Objects.requireNonNull(trigger, "trigger_id is required");
      Ids.require(featureId, "feature_id");
      userFeatureId = Ids.optional(userFeatureId, "user_feature_id");
      userFeatureTriggerId = Ids.optional(userFeatureTriggerId, "user_feature_trigger_id");
      ingredients = ConnectionTriggerEvent.requireIngredients(ingredients);
    }
  }

  public ConnectWebhook {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(connection, "connection_id is required");
    Objects.requireNonNull(user, "user_id is required");
    userTimezone = userTimezone == null ? Optional.empty() : userTimezone;
    userTimezone.ifPresent(
        zone -> TextRules.requireName(zone, "user_timezone", MAX_TIMEZONE_LENGTH));
    fired = fired == null ? Optional.empty() : fired;
    if ((kind == Kind.TRIGGER_FIRED) != fired.isPresent()) {
      throw new IllegalArgumentException(
          "trigger details belong to trigger_subscription/fired only");
    }
  }
}
