package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import java.util.List;

/** The payload of {@code ifttt_voice_commands}: the phrases a robot listens for. */
record PhraseListPayload(String name, Params params) {
  static final String NAME = "ifttt_voice_commands";

  static PhraseListPayload of(List<VoiceCommandPhrase> phrases) {
    return new PhraseListPayload(NAME, new Params(phrases.stream().map(Phrase::of).toList()));
  }

  /** The list itself, oldest phrase first. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Params(List<Phrase> voiceCommands) {}

  /** One phrase and the trigger identity the robot reports when it hears it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Phrase(String triggerIdentity, String voiceCommand) {
    static Phrase of(VoiceCommandPhrase phrase) {
      return new Phrase(phrase.triggerIdentity(), phrase.voiceCommand());
    }
  }
}
