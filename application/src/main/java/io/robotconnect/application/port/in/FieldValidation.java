package io.robotconnect.application.port.in;

import java.util.Optional;

/** Whether a field value can work, and if not, a message for the user. */
public record FieldValidation(boolean valid, Optional<String> message) {
  public FieldValidation {
    message = message == null ? Optional.empty() : message;
    if (!valid && message.isEmpty()) {
      throw new IllegalArgumentException("an invalid value needs a message");
    }
  }

  public static FieldValidation ok() {
    return new FieldValidation(true, Optional.empty());
  }

  public static FieldValidation invalid(String message) {
    return new FieldValidation(false, Optional.of(message));
  }
}
