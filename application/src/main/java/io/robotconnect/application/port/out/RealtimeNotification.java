package io.robotconnect.application.port.out;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.trigger.TriggerIdentity;
import java.util.List;

/**
 * Asks IFTTT to poll the trigger identities and the users one stored event concerns; at most one
 * Realtime API call's worth of entries.
 */
public record RealtimeNotification(List<String> triggerIdentities, List<OwnerId> users)
    implements OutboxPayload {
  public RealtimeNotification {
    triggerIdentities = List.copyOf(triggerIdentities == null ? List.of() : triggerIdentities);
    users = List.copyOf(users == null ? List.of() : users);
    triggerIdentities.forEach(
        id -> TextRules.requireName(id, "trigger_identity", TriggerIdentity.MAX_ID_LENGTH));
    int size = triggerIdentities.size() + users.size();
    if (size == 0 || size > RealtimeBatch.MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "a Realtime notification has 1-" + RealtimeBatch.MAX_ENTRIES + " entries, not " + size);
    }
  }

  @Override
  public OutboxChannel<RealtimeNotification> channel() {
    return OutboxChannel.REALTIME;
  }

  public int size() {
    return triggerIdentities.size() + users.size();
  }
}
