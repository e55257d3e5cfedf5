package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import java.util.Objects;

/** Who to register: e-mail address, display name and the password the owner signs in with. */
public record RegisterOwnerCommand(EmailAddress email, String displayName, String password) {
  public static final int MIN_PASSWORD = 8;

  /**
   * Characters; bcrypt's 72-byte limit does not cut it short, longer passwords are pre-hashed
   * (BcryptPasswordHasher).
   */
  public static final int MAX_PASSWORD = 200;

  public RegisterOwnerCommand {
    Objects.requireNonNull(email, "e-mail address is required");
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("display name must not be blank");
    }
    displayName = displayName.strip();
    if (displayName.length() > Owner.MAX_DISPLAY_NAME) {
      throw new IllegalArgumentException(
          "display name must be at most " + Owner.MAX_DISPLAY_NAME + " characters");
    }
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new IllegalArgumentException(
          "password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
  }

  @Override
  public String toString() {
    return "RegisterOwnerCommand[email=" + email + ", displayName=" + displayName + "]";
  }
}
