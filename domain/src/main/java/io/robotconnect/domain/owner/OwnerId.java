package io.robotconnect.domain.owner;

import io.robotconnect.domain.TextRules;

/** The permanent id of a robot owner; it is the IFTTT {@code user_id} and never changes. */
public record OwnerId(String value) {
  /** The {@code owners.id} column. */
  public static final int MAX_LENGTH = 200;

  public OwnerId {
    TextRules.requireName(value, "owner id", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
