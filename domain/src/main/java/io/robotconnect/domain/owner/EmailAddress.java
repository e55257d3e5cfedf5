package io.robotconnect.domain.owner;

import java.util.Locale;

/** An e-mail address, kept in lower case so that sign-in is case-insensitive. */
public record EmailAddress(String value) {
  public EmailAddress {
    if (value == null) {
      throw new IllegalArgumentException("e-mail address is required");
    }
    value = value.trim().toLowerCase(Locale.ROOT);
    int at = value.indexOf('@');
    if (at <= 0
        || at != value.lastIndexOf('@')
        || at == value.length() - 1
        || value.length() > 254) {
      throw new IllegalArgumentException("not an e-mail address: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
