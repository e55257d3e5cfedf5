package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trigger identities in a map. */
public class InMemoryTriggerIdentityRepository implements TriggerIdentityRepository {
  private final Map<String, TriggerIdentity> identities = new LinkedHashMap<>();

  @Override
  public synchronized void save(TriggerIdentity identity) {
    identities.put(identity.id(), identity);
  }

  @Override
  public synchronized Optional<TriggerIdentity> findById(String id) {
    return Optional.ofNullable(identities.get(id));
  }

  @Override
  public synchronized List<TriggerIdentity> findLive(OwnerId owner, String triggerSlug) {
    return identities.values().stream()
        .filter(TriggerIdentity::isLive)
        .filter(i -> i.subject().owner().equals(owner))
        .filter(i -> i.subject().triggerSlug().equals(triggerSlug))
        .sorted(
            Comparator.comparing(TriggerIdentity::registeredAt).thenComparing(TriggerIdentity::id))
        .toList();
  }

  /** Every stored identity by id, in the order first saved (for assertions). */
  public synchronized Map<String, TriggerIdentity> byId() {
    return new LinkedHashMap<>(identities);
  }
}
