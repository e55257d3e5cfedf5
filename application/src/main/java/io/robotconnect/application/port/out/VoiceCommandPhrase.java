package io.robotconnect.application.port.out;

/** One phrase a robot listens for, and the trigger identity it reports when it hears it. */
public record VoiceCommandPhrase(String triggerIdentity, String voiceCommand) {
  public VoiceCommandPhrase {
    if (triggerIdentity == null || triggerIdentity.isBlank()) {
      throw new IllegalArgumentException("trigger identity must not be blank");
    }
    if (voiceCommand == null) {
      throw new IllegalArgumentException("voice command must not be null");
    }
  }
}
