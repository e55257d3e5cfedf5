package io.robotconnect.application.port.out;

import io.robotconnect.domain.trigger.TriggerIdentity;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;

/**
 * One phrase a robot listens for (at most {@value VoiceCommandTrigger#MAX_PHRASE_LENGTH}
 * characters), and the trigger identity it reports when it hears it.
 */
public record VoiceCommandPhrase(String triggerIdentity, String voiceCommand) {
  public VoiceCommandPhrase {
    if (triggerIdentity == null
        || triggerIdentity.isBlank()
        || triggerIdentity.length() > TriggerIdentity.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "trigger identity must be 1-" + TriggerIdentity.MAX_ID_LENGTH + " characters");
    }
    if (voiceCommand == null) {
      throw new IllegalArgumentException("voice command must not be null");
    }
    if (voiceCommand.length() > VoiceCommandTrigger.MAX_PHRASE_LENGTH) {
      throw new IllegalArgumentException(
          "voice command must be at most " + VoiceCommandTrigger.MAX_PHRASE_LENGTH + " characters");
    }
  }
}
