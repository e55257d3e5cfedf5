package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.UnknownFieldException;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import org.junit.jupiter.api.Test;

class ValidateTriggerFieldServiceTest {
  private final ValidateTriggerFieldService service = new ValidateTriggerFieldService();

  private FieldValidation validate(String value) {
    return service.validate(new ValidateTriggerFieldQuery("voice_command", "voice_command", value));
  }

  @Test
  void ordinaryPhrase_isValid() {
    assertThat(validate("turn on the lights")).isEqualTo(FieldValidation.ok());
  }

  @Test
  void emptyBlankOrMissingPhrase_isInvalidWithMessage() {
    for (String value : new String[] {"", "   ", null}) {
      FieldValidation verdict = validate(value);
      assertThat(verdict.valid()).isFalse();
      assertThat(verdict.message()).hasValueSatisfying(m -> assertThat(m).contains("phrase"));
    }
  }

  @Test
  void phraseOfHundredCharacters_isValid_butLongerIsNot() {
    assertThat(validate("a".repeat(100)).valid()).isTrue();
    FieldValidation tooLong = validate("a".repeat(101));
    assertThat(tooLong.valid()).isFalse();
    assertThat(tooLong.message()).hasValueSatisfying(m -> assertThat(m).contains("100"));
  }

  @Test
  void unknownField_isRefused() {
    assertThatThrownBy(() -> new ValidateTriggerFieldQuery("voice_command", "colour", "red"))
        .isInstanceOf(UnknownFieldException.class);
  }
}
