package io.robotconnect.adapter.in.rest.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.owner.OwnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads a Connect webhook body; extra keys are ignored, missing or bad required ones rejected. */
final class WebhookBodies {
  private WebhookBodies() {}

  static ConnectWebhook parse(ConnectWebhook.Kind kind, JsonNode body) {
    JsonNode data = body.get("data");
    if (data == null || !data.isObject()) {
      throw new IllegalArgumentException("data is required");
    }
    ConnectionId connection =
        named("data.connection_id", () -> new ConnectionId(required(data, "connection_id")));
    OwnerId user = named("data.user_id", () -> new OwnerId(required(data, "user_id")));
    Optional<ConnectWebhook.FiredTrigger> fired = Optional.empty();
    if (kind == ConnectWebhook.Kind.TRIGGER_FIRED) {
      fired =
          Optional.of(
              new ConnectWebhook.FiredTrigger(
                  StepRef.parse(required(data, "trigger_id")),
                  required(data, "feature_id"),
                  optional(data, "user_feature_id"),
                  optional(data, "user_feature_trigger_id"),
                  ingredients(body.path("event_data").path("ingredients"))));
    }
    return new ConnectWebhook(kind, connection, user, optional(data, "user_timezone"), fired);
  }

  /** Builds a value; its refusal names the key the caller sent. */
  private static <T> T named(String key, Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> ingredients(JsonNode node) {
    Map<String, String> ingredients = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return ingredients;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("event_data.ingredients must be an object");
    }
    node.fields()
        .forEachRemaining(
            e ->
                ingredients.put(
                    e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return ingredients;
  }

  private static String required(JsonNode data, String field) {
    JsonNode value = data.get(field);
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      throw new IllegalArgumentException("data." + field + " is required");
    }
    return value.asText();
  }

  private static Optional<String> optional(JsonNode data, String field) {
    JsonNode value = data.get(field);
    return value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }
}
