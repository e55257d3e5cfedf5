package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.DeliveryOutcome;
import io.robotconnect.application.port.out.FeatureExtension;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.domain.behaviour.BehaviourBook;
import io.robotconnect.domain.behaviour.BehaviourStep;
import io.robotconnect.domain.behaviour.FeatureBehaviour;
import io.robotconnect.domain.behaviour.FieldTemplate;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.FieldValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one behaviour step per {@code connection-effects} message: a robot command, a Connect action
 * or query with fields rendered from the event's ingredients, or a {@link FeatureExtension}. A
 * Connect action is never run again once it may have reached IFTTT.
 */
public final class ConnectionEffectHandler implements OutboxHandler<ConnectionEffectDue> {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionEffectHandler.class);

  private final ConnectionTriggerEventRepository events;
  private final ConnectApiPort connectApi;
  private final RobotRepository robots;
  private final RobotCommandPort robotCommands;
  private final BehaviourBook book;
  private final Map<String, FeatureExtension> extensions;
  private final Executor executor;

  /** Runs the steps of a batch one after the other. */
  public ConnectionEffectHandler(
      ConnectionTriggerEventRepository events,
      ConnectApiPort connectApi,
      RobotRepository robots,
      RobotCommandPort robotCommands,
      BehaviourBook book,
      List<FeatureExtension> extensions) {
    this(events, connectApi, robots, robotCommands, book, extensions, Runnable::run);
  }

  /**
   * Runs the steps of a batch on {@code executor}, side by side, so that a slow Connect API does
   * not hold up every other step; each step still runs once.
   */
  public ConnectionEffectHandler(
      ConnectionTriggerEventRepository events,
      ConnectApiPort connectApi,
      RobotRepository robots,
      RobotCommandPort robotCommands,
      BehaviourBook book,
      List<FeatureExtension> extensions,
      Executor executor) {
    this.executor = executor;
    this.events = events;
    this.connectApi = connectApi;
    this.robots = robots;
    this.robotCommands = robotCommands;
    this.book = book;
    this.extensions = new LinkedHashMap<>();
    extensions.forEach(e -> this.extensions.put(e.name(), e));
  }

  @Override
  public OutboxChannel<ConnectionEffectDue> channel() {
    return OutboxChannel.CONNECTION_EFFECTS;
  }

  @Override
  public Map<Long, DeliveryOutcome> deliver(List<OutboxMessage<ConnectionEffectDue>> batch) {
    Map<Long, CompletableFuture<DeliveryOutcome>> running = new HashMap<>();
    for (OutboxMessage<ConnectionEffectDue> message : batch) {
      ConnectionEffectDue payload = message.payload();
      running.put(message.id(), CompletableFuture.supplyAsync(() -> handle(payload), executor));
    }
    Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
    running.forEach(
        (id, outcome) -> {
          try {
            outcomes.put(id, outcome.join());
          } catch (CompletionException e) {
            LOG.warn("behaviour step of outbox message {} failed", id, e.getCause());
            outcomes.put(id, DeliveryOutcome.retryLater(String.valueOf(e.getCause())));
          }
        });
    return outcomes;
  }

  private DeliveryOutcome handle(ConnectionEffectDue payload) {
    if (payload.bookVersion() != book.version()) {
      return DeliveryOutcome.giveUp("queued under behaviour file version " + payload.bookVersion());
    }
    Optional<ConnectionTriggerEvent> event = events.findById(payload.eventId());
    if (event.isEmpty()) {
      return DeliveryOutcome.giveUp("no trigger event " + payload.eventId());
    }
    List<FeatureBehaviour> behaviours =
        book.answering(event.get().connection(), event.get().featureId(), event.get().trigger());
    if (payload.behaviour() >= behaviours.size()
        || payload.step() >= behaviours.get(payload.behaviour()).steps().size()) {
      return DeliveryOutcome.giveUp("the behaviour step no longer exists");
    }
    BehaviourStep step = behaviours.get(payload.behaviour()).steps().get(payload.step());
    FiredTriggerActions actions =
        new FiredTriggerActions(event.get(), connectApi, robots, robotCommands);
    try {
      run(step, event.get(), actions);
      return DeliveryOutcome.delivered();
    } catch (RobotTransportUnavailableException e) {
      return DeliveryOutcome.retryLater("robot transport unavailable: " + e.getMessage());
    } catch (FiredTriggerActions.NoRobotException | IllegalArgumentException e) {
      LOG.warn(
          "behaviour step {} for event {} skipped: {}", step, payload.eventId(), e.getMessage());
      return DeliveryOutcome.giveUp(e.getMessage());
    } catch (ConnectApiException e) {
      if (step instanceof BehaviourStep.RunAction
          && !(e instanceof ConnectApiException.Unavailable)) {
        return DeliveryOutcome.giveUp("action not run again: " + e.getMessage());
      }
      return ConnectFailures.outcome(e);
    } catch (RuntimeException e) {
      LOG.warn("behaviour step {} for event {} failed", step, payload.eventId(), e);
      return DeliveryOutcome.retryLater(e.toString());
    }
  }

  private void run(BehaviourStep step, ConnectionTriggerEvent event, FiredTriggerActions actions) {
    Map<String, String> ingredients = event.ingredients();
    if (step instanceof BehaviourStep.PlayAnimation play) {
      actions.playAnimation(play.animationId());
    } else if (step instanceof BehaviourStep.MoveTo move) {
      actions.moveTo(move.place().render(ingredients), move.animationId());
    } else if (step instanceof BehaviourStep.Dock) {
      actions.dock();
    } else if (step instanceof BehaviourStep.RunAction run) {
      actions.runAction(run.action(), render(run.fields(), ingredients));
    } else if (step instanceof BehaviourStep.PerformQuery query) {
      ConnectApiPort.QueryPage page =
          actions.performQuery(
              query.query(),
              new ConnectApiPort.QueryRequest(
                  render(query.fields(), ingredients),
                  event.userFeatureId(),
                  List.of(),
                  query.limit(),
                  Optional.empty()));
      LOG.info(
          "query {} for event {} returned {} items",
          query.query(),
          event.id(),
          page.items().size());
    } else if (step instanceof BehaviourStep.Custom custom) {
      FeatureExtension extension = extensions.get(custom.handler());
      if (extension == null) {
        throw new IllegalArgumentException("no extension named " + custom.handler());
      }
      extension.onTriggerFired(actions);
    }
  }

  private static Map<String, FieldValue> render(
      Map<String, FieldTemplate> templates, Map<String, String> ingredients) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    templates.forEach((id, t) -> fields.put(id, new FieldValue.Text(t.render(ingredients))));
    return fields;
  }
}
