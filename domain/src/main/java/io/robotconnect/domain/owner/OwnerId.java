package io.robotconnect.domain.owner;

/** The permanent id of a robot owner; it is the IFTTT {@code user_id} and never changes. */
public record OwnerId(String value) {
  public static final int MAX_LENGTH = 200;

  public OwnerId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("owner id must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("owner id must be at most " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
