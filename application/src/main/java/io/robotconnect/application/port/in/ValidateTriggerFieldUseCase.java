package io.robotconnect.application.port.in;

/** Tells IFTTT whether a value a user typed into a trigger field can work. */
public interface ValidateTriggerFieldUseCase {

  /** The verdict on the value; never throws for a bad value, only for an unknown field. */
  FieldValidation validate(ValidateTriggerFieldQuery query);
}
