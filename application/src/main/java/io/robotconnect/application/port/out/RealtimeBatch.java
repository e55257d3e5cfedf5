package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import java.util.List;

/**
 * The entries of one Realtime API call: trigger identities to poll and users whose triggers to
 * poll; at most {@link #MAX_ENTRIES} in all.
 */
public record RealtimeBatch(List<String> triggerIdentities, List<OwnerId> users) {
  public static final int MAX_ENTRIES = 1000;

  public RealtimeBatch {
    triggerIdentities = List.copyOf(triggerIdentities == null ? List.of() : triggerIdentities);
    users = List.copyOf(users == null ? List.of() : users);
    int size = triggerIdentities.size() + users.size();
    if (size == 0 || size > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "a Realtime call carries 1-" + MAX_ENTRIES + " entries, not " + size);
    }
  }

  public int size() {
    return triggerIdentities.size() + users.size();
  }
}
