package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the trigger identities IFTTT has polled, including soft-deleted ones. */
public interface TriggerIdentityRepository {

  /** Inserts or replaces the identity (keyed by its id). */
  void save(TriggerIdentity identity);

  Optional<TriggerIdentity> findById(String id);

  /** The identities of those ids that exist (live or deleted), by id. */
  default Map<String, TriggerIdentity> findAllById(Collection<String> ids) {
    Map<String, TriggerIdentity> found = new HashMap<>();
    for (String id : new LinkedHashSet<>(ids)) {
      findById(id).ifPresent(identity -> found.put(id, identity));
    }
    return found;
  }

  /** The owner's live identities of one trigger, oldest first. */
  List<TriggerIdentity> findLive(OwnerId owner, String triggerSlug);
}
