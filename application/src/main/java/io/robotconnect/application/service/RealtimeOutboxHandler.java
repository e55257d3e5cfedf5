package io.robotconnect.application.service;

import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RealtimeNotification;
import io.robotconnect.application.port.out.RealtimeNotificationPort;
import io.robotconnect.domain.owner.OwnerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@code realtime} outbox messages: merges the claimed messages' entries (without repeats)
 * into Realtime API calls of at most 1000 entries each.
 */
public final class RealtimeOutboxHandler implements OutboxHandler<RealtimeNotification> {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeOutboxHandler.class);

  private final RealtimeNotificationPort realtime;

  public RealtimeOutboxHandler(RealtimeNotificationPort realtime) {
    this.realtime = realtime;
  }

  @Override
  public OutboxChannel<RealtimeNotification> channel() {
    return OutboxChannel.REALTIME;
  }

  /** One Realtime API call carries many messages: a bad one fails the call for all of them. */
  @Override
  public boolean sharesFailures() {
    return true;
  }

  @Override
  public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<RealtimeNotification>> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    Call call = new Call();
    for (OutboxMessage<RealtimeNotification> message : batch) {
      RealtimeNotification payload = message.payload();
      if (!call.fits(payload)) {
        call.send(outcomes);
        call = new Call();
      }
      call.add(message.id(), payload);
    }
    call.send(outcomes);
    return outcomes;
  }

  private final class Call {
    private final List<Long> messages = new ArrayList<>();
    private final Set<String> identities = new LinkedHashSet<>();
    private final Set<OwnerId> users = new LinkedHashSet<>();

    boolean fits(RealtimeNotification payload) {
      long added =
          payload.triggerIdentities().stream()
                  .distinct()
                  .filter(i -> !identities.contains(i))
                  .count()
              + payload.users().stream().distinct().filter(u -> !users.contains(u)).count();
      return identities.size() + users.size() + added <= RealtimeBatch.MAX_ENTRIES;
    }

    void add(long messageId, RealtimeNotification payload) {
      messages.add(messageId);
      identities.addAll(payload.triggerIdentities());
      users.addAll(payload.users());
    }

    void send(Map<Long, DeliveryOutcome> outcomes) {
      if (messages.isEmpty()) {
        return;
      }
      DeliveryOutcome outcome =
          realtime.notify(new RealtimeBatch(List.copyOf(identities), List.copyOf(users)));
      if (outcome instanceof DeliveryOutcome.RetryLater retry) {
        // an outage is reported as a whole where the Realtime API is called, not call by call
        LOG.debug(
            "Realtime API call with {} entries failed, will retry: {}",
            identities.size() + users.size(),
            retry.error());
      }
      messages.forEach(id -> outcomes.put(id, outcome));
    }
  }
}
