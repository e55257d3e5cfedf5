package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The payload of a {@code connect-webhooks} outbox message: one received webhook to process. */
record ConnectWebhookPayload(String requestId, ConnectWebhook webhook) {
  static final String CHANNEL = "connect-webhooks";
  private static final String INGREDIENT = "ingredient.";

  String encode() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("request_id", requestId);
    entries.put("kind", webhook.kind().name());
    entries.put("connection_id", webhook.connection().value());
    entries.put("user_id", webhook.user().value());
    webhook.userTimezone().ifPresent(tz -> entries.put("user_timezone", tz));
    webhook
        .fired()
        .ifPresent(
            fired -> {
              entries.put("trigger_id", fired.trigger().qualified());
              entries.put("feature_id", fired.featureId());
              fired.userFeatureId().ifPresent(id -> entries.put("user_feature_id", id));
              fired
                  .userFeatureTriggerId()
                  .ifPresent(id -> entries.put("user_feature_trigger_id", id));
              fired.ingredients().forEach((k, v) -> entries.put(INGREDIENT + k, v));
            });
    return LinePayload.encode(entries);
  }

  static ConnectWebhookPayload decode(String payload) {
    Map<String, String> entries = LinePayload.decode(payload);
    ConnectWebhook.Kind kind = ConnectWebhook.Kind.named(required(entries, "kind"));
    Optional<ConnectWebhook.FiredTrigger> fired = Optional.empty();
    if (kind == ConnectWebhook.Kind.TRIGGER_FIRED) {
      Map<String, String> ingredients = new LinkedHashMap<>();
      entries.forEach(
          (k, v) -> {
            if (k.startsWith(INGREDIENT)) {
              ingredients.put(k.substring(INGREDIENT.length()), v);
            }
          });
      fired =
          Optional.of(
              new ConnectWebhook.FiredTrigger(
                  StepRef.parse(required(entries, "trigger_id")),
                  required(entries, "feature_id"),
                  Optional.ofNullable(entries.get("user_feature_id")),
                  Optional.ofNullable(entries.get("user_feature_trigger_id")),
                  ingredients));
    }
    return new ConnectWebhookPayload(
        required(entries, "request_id"),
        new ConnectWebhook(
            kind,
            new ConnectionId(required(entries, "connection_id")),
            new OwnerId(required(entries, "user_id")),
            Optional.ofNullable(entries.get("user_timezone")),
            fired));
  }

  private static String required(Map<String, String> entries, String key) {
    String value = entries.get(key);
    if (value == null) {
      throw new IllegalArgumentException("payload lacks " + key);
    }
    return value;
  }
}
