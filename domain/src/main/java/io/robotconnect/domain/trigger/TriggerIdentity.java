package io.robotconnect.domain.trigger;

import io.robotconnect.domain.TextRules;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** IFTTT's id for one Applet's use of a trigger subject; soft-deleted when no Applet uses it. */
public record TriggerIdentity(
    String id, TriggerSubject subject, Instant registeredAt, Optional<Instant> deletedAt) {
  /** The {@code trigger_identities.id} column. */
  public static final int MAX_ID_LENGTH = 200;

  public TriggerIdentity {
    TextRules.requireName(id, "trigger_identity", MAX_ID_LENGTH);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(registeredAt, "registeredAt");
    deletedAt = deletedAt == null ? Optional.empty() : deletedAt;
  }

  public static TriggerIdentity registered(String id, TriggerSubject subject, Instant at) {
    return new TriggerIdentity(id, subject, at, Optional.empty());
  }

  public boolean isLive() {
    return deletedAt.isEmpty();
  }

  public TriggerIdentity deleted(Instant at) {
    return isLive() ? new TriggerIdentity(id, subject, registeredAt, Optional.of(at)) : this;
  }

  /** A poll after deletion brings the identity back (IFTTT re-uses identities). */
  public TriggerIdentity revived() {
    return isLive() ? this : new TriggerIdentity(id, subject, registeredAt, Optional.empty());
  }
}
