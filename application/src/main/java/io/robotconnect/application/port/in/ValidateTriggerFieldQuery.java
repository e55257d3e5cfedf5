package io.robotconnect.application.port.in;

import io.robotconnect.domain.trigger.VoiceCommandTrigger;

/**
 * A value to check for a trigger field.
 *
 * @param value what the user typed; may be null or blank (it is then reported invalid)
 * @throws UnknownFieldException when the trigger has no such field
 */
public record ValidateTriggerFieldQuery(String triggerSlug, String field, String value) {
  public ValidateTriggerFieldQuery {
    if (!VoiceCommandTrigger.SLUG.equals(triggerSlug)
        || !VoiceCommandTrigger.PHRASE_FIELD.equals(field)) {
      throw new UnknownFieldException("trigger " + triggerSlug + " has no field " + field);
    }
  }
}
