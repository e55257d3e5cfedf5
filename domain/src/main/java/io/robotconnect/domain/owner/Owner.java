package io.robotconnect.domain.owner;

import io.robotconnect.domain.TextRules;
import java.util.Objects;

/**
 * A robot owner: an account of ours, known to IFTTT by its permanent id.
 *
 * @param passwordHash the slow-KDF hash of the password, never the password itself
 */
public record Owner(OwnerId id, EmailAddress email, String displayName, String passwordHash) {
  /** The {@code owners.display_name} column. */
  public static final int MAX_DISPLAY_NAME = 200;

  public Owner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    TextRules.requireName(displayName, "display name", MAX_DISPLAY_NAME);
  }
}
