package io.robotconnect.application.service;

import io.robotconnect.application.port.in.FieldValidation;
import io.robotconnect.application.port.in.ValidateTriggerFieldQuery;
import io.robotconnect.application.port.in.ValidateTriggerFieldUseCase;
import io.robotconnect.domain.trigger.VoiceCommandTrigger;

/** Validates the {@code voice_command} phrase (the robot's only trigger field). */
public class ValidateTriggerFieldService implements ValidateTriggerFieldUseCase {

  @Override
  public FieldValidation validate(ValidateTriggerFieldQuery query) {
    return VoiceCommandTrigger.problemWith(query.value())
        .map(FieldValidation::invalid)
        .orElseGet(FieldValidation::ok);
  }
}
