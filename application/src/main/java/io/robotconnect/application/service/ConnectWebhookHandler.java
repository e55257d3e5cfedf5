package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectWebhookReceived;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.behaviour.BehaviourBook;
import io.robotconnect.domain.behaviour.FeatureBehaviour;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes received Connect webhooks: {@code enabled}/{@code updated} store a fresh snapshot of
 * the user's connection, {@code disabled} records the status, {@code fired} stores the trigger
 * event and queues each step of the feature's behaviour (in the same transaction, so each runs
 * once).
 */
public final class ConnectWebhookHandler implements OutboxHandler<ConnectWebhookReceived> {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectWebhookHandler.class);

  private final ConnectionSnapshots snapshots;
  private final UserConnectionRepository userConnections;
  private final ConnectionTriggerEventRepository events;
  private final OutboxRepository outbox;
  private final UnitOfWork unitOfWork;
  private final ClockPort clock;
  private final OutboxSignal signal;
  private final BehaviourBook book;

  public ConnectWebhookHandler(
      io.robotconnect.application.port.out.ConnectApiPort connectApi,
      io.robotconnect.application.port.out.ConnectionRepository connections,
      UserConnectionRepository userConnections,
      ConnectionTriggerEventRepository events,
      OutboxRepository outbox,
      UnitOfWork unitOfWork,
      ClockPort clock,
      OutboxSignal signal,
      BehaviourBook book) {
    this.snapshots = new ConnectionSnapshots(connectApi, connections, userConnections, unitOfWork);
    this.userConnections = userConnections;
    this.events = events;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.signal = signal;
    this.book = book;
  }

  @Override
  public OutboxChannel<ConnectWebhookReceived> channel() {
    return OutboxChannel.CONNECT_WEBHOOKS;
  }

  @Override
  public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<ConnectWebhookReceived>> batch) {
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    for (OutboxMessage<ConnectWebhookReceived> message : batch) {
      outcomes.put(message.id(), handle(message));
    }
    return outcomes;
  }

  private DeliveryOutcome handle(OutboxMessage<ConnectWebhookReceived> message) {
    ConnectWebhookReceived payload = message.payload();
    ConnectWebhook webhook = payload.webhook();
    try {
      switch (webhook.kind()) {
        case CONNECTION_ENABLED -> snapshots.refresh(webhook.connection(), webhook.user(), false);
        case CONNECTION_UPDATED -> snapshots.refresh(webhook.connection(), webhook.user(), true);
        case CONNECTION_DISABLED -> disable(webhook);
        case TRIGGER_FIRED -> fire(payload.requestId(), webhook);
      }
      return DeliveryOutcome.delivered();
    } catch (ConnectApiException e) {
      return ConnectFailures.outcome(e);
    } catch (IllegalArgumentException e) {
      return DeliveryOutcome.giveUp(e.getMessage());
    } catch (RuntimeException e) {
      // this webhook alone: the others of the batch keep their outcomes
      LOG.warn(
          "processing webhook {} failed, will retry: {}",
          message.id(),
          LogText.abbreviated(e.toString()));
      return DeliveryOutcome.retryLater(e.toString());
    }
  }

  private void disable(ConnectWebhook webhook) {
    UserConnection known = snapshots.known(webhook.connection(), webhook.user());
    unitOfWork.run(() -> userConnections.save(known.withStatus(UserConnectionStatus.DISABLED)));
  }

  private void fire(String requestId, ConnectWebhook webhook) {
    ConnectWebhook.FiredTrigger fired = webhook.fired().orElseThrow();
    UserConnection userConnection = snapshots.known(webhook.connection(), webhook.user());
    ConnectionTriggerEvent event =
        new ConnectionTriggerEvent(
            requestId,
            webhook.connection(),
            webhook.user(),
            fired.trigger(),
            fired.featureId(),
            fired.userFeatureId(),
            fired.userFeatureTriggerId(),
            fired.ingredients(),
            clock.now());
    boolean queued =
        unitOfWork.inTransaction(
            () -> {
              if (!events.append(event)) {
                return false;
              }
              if (!userConnection.canRun()) {
                LOG.info(
                    "trigger {} of {} fired for user {} whose connection is {}{}; running nothing",
                    fired.trigger(),
                    webhook.connection(),
                    webhook.user(),
                    userConnection.status().wireName(),
                    userConnection.pending() ? " and pending" : "");
                return false;
              }
              List<FeatureBehaviour> behaviours =
                  book.answering(webhook.connection(), fired.featureId(), fired.trigger());
              for (int b = 0; b < behaviours.size(); b++) {
                for (int s = 0; s < behaviours.get(b).steps().size(); s++) {
                  outbox.enqueue(new ConnectionEffectDue(requestId, book.version(), b, s));
                }
              }
              return !behaviours.isEmpty();
            });
    if (queued) {
      signal.enqueued(OutboxChannel.CONNECTION_EFFECTS);
    }
  }
}
