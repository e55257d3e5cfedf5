package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.owner.EmailAddress;

/**
 * The credentials an owner signs in with; the e-mail address is not validated beyond presence and
 * length. Neither may be longer than any registered one can be.
 */
public record StartSessionCommand(String email, String password) {
  public StartSessionCommand {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("email is required");
    }
    TextRules.requireAtMost(email, "email", EmailAddress.MAX_LENGTH);
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is required");
    }
    TextRules.requireAtMost(password, "password", RegisterOwnerCommand.MAX_PASSWORD);
  }

  @Override
  public String toString() {
    return "StartSessionCommand[email=" + email + "]";
  }
}
