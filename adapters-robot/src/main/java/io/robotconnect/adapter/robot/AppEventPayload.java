package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The payload of an {@code ifttt_event} message to the owner's app: one kind of event and its
 * fields; those of the other kinds are left out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppEventPayload(
    String event, List<Field> triggerFields, List<Field> actionFields, String error) {

  /** A trigger the robot reported. */
  static AppEventPayload triggerFired(Map<String, String> triggerFields) {
    return new AppEventPayload("ifttt_trigger", fields(triggerFields), null, null);
  }

  /** A command the robot was sent. */
  static AppEventPayload commandSent(Map<String, String> commandFields) {
    return new AppEventPayload("ifttt_action", null, fields(commandFields), null);
  }

  /** Something the owner should know went wrong. */
  static AppEventPayload error(String error) {
    return new AppEventPayload("ifttt_error", null, null, error);
  }

  private static List<Field> fields(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList();
  }

  /** One named field, as the app shows it. */
  record Field(String name, String value) {}
}
