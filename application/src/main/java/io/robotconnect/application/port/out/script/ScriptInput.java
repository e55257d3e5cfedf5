package io.robotconnect.application.port.out.script;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.Ids;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a script sees of the fired trigger: {@code Trigger}, {@code Connection} and the owner's time
 * zone for {@code Meta.currentUserTime}, and the ids it may call.
 *
 * @param timeZone the owner's zone as IFTTT sends it ({@code data.user_timezone}): a Rails name
 *     such as {@code Pacific Time (US & Canada)} or an IANA id; empty or unknown means UTC, with a
 *     warning in the result
 * @param allowed the actions and queries of the connection's definition
 */
public record ScriptInput(
    Trigger trigger, Connection connection, Optional<String> timeZone, ScriptIds allowed) {
  /** Longer than any zone name; keeps hostile text out of warnings. */
  public static final int MAX_TIME_ZONE_LENGTH = 100;

  public ScriptInput {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(connection, "connection");
    timeZone = timeZone == null ? Optional.empty() : timeZone;
    timeZone.ifPresent(zone -> TextRules.requireName(zone, "time zone", MAX_TIME_ZONE_LENGTH));
    Objects.requireNonNull(allowed, "allowed ids");
  }

  /**
   * The script's {@code Trigger}.
   *
   * @param id the trigger's {@code service_id.step_id}
   * @param ingredients the event's ingredients
   */
  public record Trigger(StepRef id, Map<String, String> ingredients) {
    public Trigger {
      Objects.requireNonNull(id, "trigger id");
      ingredients = ConnectionTriggerEvent.requireIngredients(ingredients);
    }
  }

  /**
   * The script's {@code Connection}.
   *
   * @param serviceUserId the owner, as our service gave them to IFTTT
   * @param currentFeatureName the id of the feature whose trigger fired
   * @param userFeatureId the owner's user feature that fired, when IFTTT named it
   * @param configuration the owner's values of the feature's own fields, {@code {field_id: value}}
   *     as Connect stores them (JSON-like trees)
   */
  public record Connection(
      OwnerId serviceUserId,
      String currentFeatureName,
      Optional<String> userFeatureId,
      Map<String, Object> configuration) {
    public Connection {
      Objects.requireNonNull(serviceUserId, "service user id");
      Ids.require(currentFeatureName, "feature id");
      userFeatureId = Ids.optional(userFeatureId, "user feature id");
      configuration = JsonTrees.object(configuration, "configuration");
      configuration.keySet().forEach(field -> Ids.require(field, "configuration field id"));
    }
  }
}
