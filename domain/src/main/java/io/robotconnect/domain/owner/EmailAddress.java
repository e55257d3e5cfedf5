package io.robotconnect.domain.owner;

import io.robotconnect.domain.TextRules;
import java.util.Locale;

/** An e-mail address, kept in lower case so that sign-in is case-insensitive. */
public record EmailAddress(String value) {
  /** RFC 5321's limit for a forward path; the {@code owners.email} column. */
  public static final int MAX_LENGTH = 254;

  public EmailAddress {
    if (value == null) {
      throw new IllegalArgumentException("e-mail address is required");
    }
    value = value.trim().toLowerCase(Locale.ROOT);
    TextRules.requireAtMost(value, "e-mail address", MAX_LENGTH);
    int at = value.indexOf('@');
    if (at <= 0
        || at != value.lastIndexOf('@')
        || at == value.length() - 1
        || TextRules.hasControlCharacters(value)
        || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an e-mail address: " + value);
    }
  }

  /** The part after the {@code @}. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
