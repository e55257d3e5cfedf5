package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Forget one trigger identity.
 *
 * @param requestedBy the owner whose bearer token came with the request; when present only that
 *     owner's identity is deleted. Empty when IFTTT authenticated with the service key, which may
 *     delete any identity.
 */
public record DeleteTriggerIdentityCommand(
    String triggerSlug, String triggerIdentity, Optional<OwnerId> requestedBy) {
  public DeleteTriggerIdentityCommand {
    if (triggerSlug == null || triggerSlug.isBlank()) {
      throw new IllegalArgumentException("trigger slug is required");
    }
    if (triggerIdentity == null || triggerIdentity.isBlank()) {
      throw new IllegalArgumentException("trigger identity is required");
    }
    Objects.requireNonNull(requestedBy, "requestedBy");
  }
}
