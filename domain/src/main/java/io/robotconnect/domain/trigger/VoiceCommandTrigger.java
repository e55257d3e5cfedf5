package io.robotconnect.domain.trigger;

import java.util.Optional;

/**
 * The robot's only trigger: the owner said a phrase that one of their Applets listens for. Its one
 * field, {@code voice_command}, is the phrase; its events carry the phrase as the {@code
 * voice_command} ingredient. The {@code created_at} ingredient is the event's time, written in the
 * polling user's time zone, so it is not stored among the ingredients.
 */
public final class VoiceCommandTrigger {
  public static final String SLUG = "voice_command";
  public static final String PHRASE_FIELD = "voice_command";
  public static final String PHRASE_INGREDIENT = "voice_command";

  /** Longer phrases are refused by field validation; speech recognisers need short phrases. */
  public static final int MAX_PHRASE_LENGTH = 100;

  private VoiceCommandTrigger() {}

  /** Why a phrase cannot be used as a voice command, or empty when it can. */
  public static Optional<String> problemWith(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return Optional.of("Enter the phrase you will say to your robot.");
    }
    if (phrase.strip().length() > MAX_PHRASE_LENGTH) {
      return Optional.of(
          "The phrase is too long: use at most " + MAX_PHRASE_LENGTH + " characters.");
    }
    return Optional.empty();
  }
}
