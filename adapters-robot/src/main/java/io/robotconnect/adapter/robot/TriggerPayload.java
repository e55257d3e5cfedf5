package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The payload of a robot's {@code ifttt_trigger}: the trigger identity of the phrase it heard and
 * the trigger's fields.
 */
record TriggerPayload(String name, Params params) {
  static final String NAME = "ifttt_trigger";

  /**
   * @param triggerFields kept as read: the fields with a plain value are taken, others skipped
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Params(String triggerIdentity, JsonNode triggerFields) {}
}
