package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.TriggerSubject;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;
import java.util.Map;
import java.util.Objects;

/**
 * One IFTTT poll of a trigger.
 *
 * @param fields the {@code triggerFields} IFTTT sent; for a known trigger only its own fields are
 *     kept
 * @param limit IFTTT's {@code limit}, or null when it sent none
 * @throws IllegalArgumentException when a value IFTTT must send is missing or invalid
 */
public record PollTriggerQuery(
    OwnerId owner,
    String triggerIdentity,
    String triggerSlug,
    Map<String, String> fields,
    Integer limit) {
  /** IFTTT sends a trigger's own fields (one for {@code voice_command}) and maybe a few more. */
  public static final int MAX_TRIGGER_FIELDS = 20;

  public PollTriggerQuery {
    Objects.requireNonNull(owner, "owner");
    TextRules.requireName(triggerIdentity, "trigger_identity", TriggerIdentity.MAX_ID_LENGTH);
    if (fields == null) {
      throw new IllegalArgumentException("triggerFields is required");
    }
    if (fields.size() > MAX_TRIGGER_FIELDS) {
      throw new IllegalArgumentException(
          "triggerFields has at most " + MAX_TRIGGER_FIELDS + " fields");
    }
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    if (VoiceCommandTrigger.SLUG.equals(triggerSlug)) {
      String phrase = fields.get(VoiceCommandTrigger.PHRASE_FIELD);
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalArgumentException(
            "triggerFields." + VoiceCommandTrigger.PHRASE_FIELD + " is required");
      }
      // validation tells the user; the poll refuses too, so no phrase beyond it reaches a robot
      if (phrase.strip().length() > VoiceCommandTrigger.MAX_PHRASE_LENGTH) {
        throw new IllegalArgumentException(
            "triggerFields."
                + VoiceCommandTrigger.PHRASE_FIELD
                + " must be at most "
                + VoiceCommandTrigger.MAX_PHRASE_LENGTH
                + " characters");
      }
      // keys IFTTT may add to triggerFields must not make a different subject
      fields = Map.of(VoiceCommandTrigger.PHRASE_FIELD, phrase);
    }
    fields = Map.copyOf(fields);
    subject(owner, triggerSlug, fields);
  }

  /** What the identity watches. */
  public TriggerSubject subject() {
    return subject(owner, triggerSlug, fields);
  }

  /** How many events to return. */
  public TimelineLimit timelineLimit() {
    return TimelineLimit.of(limit);
  }

  private static TriggerSubject subject(
      OwnerId owner, String triggerSlug, Map<String, String> fields) {
    return new TriggerSubject(owner, triggerSlug, fields);
  }
}
