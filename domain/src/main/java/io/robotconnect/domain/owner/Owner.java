package io.robotconnect.domain.owner;

import java.util.Objects;

/**
 * A robot owner: an account of ours, known to IFTTT by its permanent id.
 *
 * @param passwordHash the slow-KDF hash of the password, never the password itself
 */
public record Owner(OwnerId id, EmailAddress email, String displayName, String passwordHash) {
  public static final int MAX_DISPLAY_NAME = 200;

  public Owner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("display name must not be blank");
    }
    if (displayName.length() > MAX_DISPLAY_NAME) {
      throw new IllegalArgumentException(
          "display name must be at most " + MAX_DISPLAY_NAME + " characters");
    }
  }
}
