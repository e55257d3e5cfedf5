package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.util.List;
import java.util.Optional;

/** Stores the trigger identities IFTTT has polled, including soft-deleted ones. */
public interface TriggerIdentityRepository {

  /** Inserts or replaces the identity (keyed by its id). */
  void save(TriggerIdentity identity);

  Optional<TriggerIdentity> findById(String id);

  /** The owner's live identities of one trigger, oldest first. */
  List<TriggerIdentity> findLive(OwnerId owner, String triggerSlug);
}
