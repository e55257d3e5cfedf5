package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.FakeConnectApi;
import io.robotconnect.application.fake.InMemoryConnectionRepository;
import io.robotconnect.application.fake.InMemoryConnectionTriggerEventRepository;
import io.robotconnect.application.fake.InMemoryOutboxRepository;
import io.robotconnect.application.fake.InMemoryRobotRepository;
import io.robotconnect.application.fake.InMemoryUserConnectionRepository;
import io.robotconnect.application.fake.InMemoryWebhookReceiptRepository;
import io.robotconnect.application.fake.MutableClock;
import io.robotconnect.application.port.in.ConnectWebhook;
import io.robotconnect.application.port.in.PageRequest;
import io.robotconnect.application.port.in.ReceiveConnectWebhookCommand;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase.WebhookAcceptance;
import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.ConnectWebhookReceived;
import io.robotconnect.application.port.out.ConnectionEffectDue;
import io.robotconnect.application.port.out.FeatureExtension;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.domain.behaviour.BehaviourBook;
import io.robotconnect.domain.behaviour.BehaviourStep;
import io.robotconnect.domain.behaviour.FeatureBehaviour;
import io.robotconnect.domain.behaviour.FieldTemplate;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotCommand;
import io.robotconnect.domain.robot.RobotId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectWebhookProcessingTest {
  private final MutableClock clock = new MutableClock();
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(clock);
  private final InMemoryWebhookReceiptRepository receipts = new InMemoryWebhookReceiptRepository();
  private final InMemoryConnectionRepository connections = new InMemoryConnectionRepository();
  private final InMemoryUserConnectionRepository userConnections =
      new InMemoryUserConnectionRepository();
  private final InMemoryConnectionTriggerEventRepository events =
      new InMemoryConnectionTriggerEventRepository();
  private final InMemoryRobotRepository robots = new InMemoryRobotRepository();
  private final FakeConnectApi connectApi = new FakeConnectApi();
  private final List<RobotCommand> sent = new ArrayList<>();
  private final List<String> extensionCalls = new ArrayList<>();
  private boolean transportDown;
  private final RobotCommandPort robotCommands =
      command -> {
        if (transportDown) {
          throw new RobotTransportUnavailableException("broker down", null);
        }
        sent.add(command);
        return UUID.randomUUID().toString();
      };
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final OwnerId user = ConnectionFixtures.newUser();
  private final Connection definition =
      ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());
  private final BehaviourBook book =
      new BehaviourBook(
          1,
          List.of(
              new FeatureBehaviour(
                  definition.id(),
                  ConnectionFixtures.FEATURE,
                  Optional.of(ConnectionFixtures.ENTER_OR_EXIT),
                  List.of(
                      new BehaviourStep.PlayAnimation("alarm_1"),
                      new BehaviourStep.MoveTo(
                          new FieldTemplate("{{ingredients.Room}}"), Optional.of("giggle")),
                      new BehaviourStep.RunAction(
                          ConnectionFixtures.ADD_EVENT,
                          Map.of("query", new FieldTemplate("Entered {{ingredients.Room}}"))),
                      new BehaviourStep.Custom("recorder")))));
  private final FeatureExtension recorder =
      new FeatureExtension() {
        @Override
        public String name() {
          return "recorder";
        }

        @Override
        public void onTriggerFired(
            io.robotconnect.application.port.out.FiredTriggerContext context) {
          extensionCalls.add(context.event().ingredients().get("Room"));
        }
      };

  private ConnectWebhookService service;
  private OutboxDrainService<ConnectWebhookReceived> webhookWorker;
  private OutboxDrainService<ConnectionEffectDue> effectWorker;

  @BeforeEach
  void wire() {
    OutboxSignal signal = new OutboxSignal();
    service = new ConnectWebhookService(receipts, outbox, unitOfWork, clock, signal);
    webhookWorker =
        new OutboxDrainService<>(
            outbox,
            unitOfWork,
            clock,
            new ConnectWebhookHandler(
                connectApi,
                connections,
                userConnections,
                events,
                outbox,
                unitOfWork,
                clock,
                signal,
                book),
            OutboxDrainService.Settings.of(50, failed -> Duration.ofSeconds(1)));
    effectWorker =
        new OutboxDrainService<>(
            outbox,
            unitOfWork,
            clock,
            new ConnectionEffectHandler(
                events, connectApi, robots, robotCommands, book, List.of(recorder)),
            OutboxDrainService.Settings.of(50, failed -> Duration.ofSeconds(1)));
    robots.save(
        new Robot(
            new RobotId(UUID.randomUUID()),
            user,
            "Kuri",
            List.of(new Place(UUID.randomUUID(), "Kitchen"))));
    connectApi.show(
        user,
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(ConnectionFixtures.userConnection(user, definition))));
  }

  private WebhookAcceptance receive(String requestId, ConnectWebhook.Kind kind) {
    Optional<ConnectWebhook.FiredTrigger> fired =
        kind == ConnectWebhook.Kind.TRIGGER_FIRED
            ? Optional.of(
                new ConnectWebhook.FiredTrigger(
                    ConnectionFixtures.ENTER_OR_EXIT,
                    ConnectionFixtures.FEATURE,
                    Optional.of("uf-1"),
                    Optional.of("uft-1"),
                    Map.of("Room", "Kitchen")))
            : Optional.empty();
    return service.receive(
        new ReceiveConnectWebhookCommand(
            requestId,
            kind.type(),
            kind.event(),
            "{}",
            Optional.of(
                new ConnectWebhook(kind, definition.id(), user, Optional.of("UTC"), fired))));
  }

  /** A fired trigger of the connection's feature for {@code owner}, in the given room. */
  private void receiveFired(OwnerId owner, String room) {
    service.receive(
        new ReceiveConnectWebhookCommand(
            "r1",
            "trigger_subscription",
            "fired",
            "{}",
            Optional.of(
                new ConnectWebhook(
                    ConnectWebhook.Kind.TRIGGER_FIRED,
                    definition.id(),
                    owner,
                    Optional.empty(),
                    Optional.of(
                        new ConnectWebhook.FiredTrigger(
                            ConnectionFixtures.ENTER_OR_EXIT,
                            ConnectionFixtures.FEATURE,
                            Optional.empty(),
                            Optional.empty(),
                            Map.of("Room", room)))))));
  }

  private void drain() {
    while (webhookWorker.drainOnce() + effectWorker.drainOnce() > 0) {
      clock.advance(Duration.ZERO);
    }
  }

  @Test
  void knownWebhook_isAccepted_andQueued_once() {
    assertThat(receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED))
        .isEqualTo(WebhookAcceptance.ACCEPTED);
    assertThat(receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED))
        .isEqualTo(WebhookAcceptance.DUPLICATE);

    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isEqualTo(1);
  }

  @Test
  void unknownWebhook_isKeptForInspection_andNotQueued() {
    WebhookAcceptance acceptance =
        service.receive(
            new ReceiveConnectWebhookCommand(
                "r9", "connection", "exploded", "{\"x\":1}", Optional.empty()));

    assertThat(acceptance).isEqualTo(WebhookAcceptance.KEPT_UNKNOWN);
    assertThat(service.unknownWebhooks(PageRequest.first(10)).items())
        .singleElement()
        .extracting(r -> r.body())
        .isEqualTo("{\"x\":1}");
    assertThat(outbox.pending(OutboxChannel.CONNECT_WEBHOOKS)).isZero();
  }

  @Test
  void enabled_storesTheSnapshotOfTheUsersConnection() {
    receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED);
    drain();

    assertThat(connections.findById(definition.id())).contains(definition);
    assertThat(userConnections.find(user, definition.id()))
        .contains(ConnectionFixtures.userConnection(user, definition));
  }

  @Test
  void pendingConnection_staysPendingWhenEnabled_andEndsWhenUpdated() {
    connections.save(definition);
    userConnections.save(
        UserConnection.of(user, definition, UserConnectionStatus.NEVER_ENABLED, true, List.of()));

    receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED);
    drain();
    assertThat(userConnections.find(user, definition.id()).orElseThrow().pending()).isTrue();

    receive("r2", ConnectWebhook.Kind.CONNECTION_UPDATED);
    drain();
    assertThat(userConnections.find(user, definition.id()).orElseThrow().pending()).isFalse();
  }

  @Test
  void disabled_recordsTheStatus() {
    receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED);
    receive("r2", ConnectWebhook.Kind.CONNECTION_DISABLED);
    drain();

    assertThat(userConnections.find(user, definition.id()).orElseThrow().status())
        .isEqualTo(UserConnectionStatus.DISABLED);
  }

  @Test
  void fired_storesTheEvent_andRunsEveryStepOfTheBehaviourOnce() {
    receive("r1", ConnectWebhook.Kind.TRIGGER_FIRED);
    receive("r1", ConnectWebhook.Kind.TRIGGER_FIRED);
    drain();

    assertThat(events.findById("r1").orElseThrow().ingredients()).containsEntry("Room", "Kitchen");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).isInstanceOf(RobotCommand.PlayAnimation.class);
    RobotCommand.MoveTo move = (RobotCommand.MoveTo) sent.get(1);
    assertThat(move.place().name()).isEqualTo("Kitchen");
    assertThat(connectApi.calls("runAction"))
        .singleElement()
        .satisfies(
            call ->
                assertThat(call.detail().toString()).contains("Entered Kitchen").contains("uf-1"));
    assertThat(extensionCalls).containsExactly("Kitchen");
  }

  @Test
  void pendingConnection_runsNothing_whenItsTriggerFires() {
    connections.save(definition);
    userConnections.save(
        UserConnection.of(user, definition, UserConnectionStatus.ENABLED, true, List.of()));

    receive("r1", ConnectWebhook.Kind.TRIGGER_FIRED);
    drain();

    assertThat(events.findById("r1")).isPresent();
    assertThat(sent).isEmpty();
    assertThat(connectApi.calls("runAction")).isEmpty();
  }

  @Test
  void robotTransportDown_robotStepsAreRetriedLater_andRunOnce() {
    transportDown = true;
    receive("r1", ConnectWebhook.Kind.TRIGGER_FIRED);
    drain();
    assertThat(sent).isEmpty();
    assertThat(outbox.pending(OutboxChannel.CONNECTION_EFFECTS)).isEqualTo(2);

    transportDown = false;
    clock.advance(Duration.ofMinutes(10));
    drain();

    assertThat(sent).hasSize(2);
    assertThat(connectApi.calls("runAction")).hasSize(1);
    assertThat(outbox.pending(OutboxChannel.CONNECTION_EFFECTS)).isZero();
  }

  @Test
  void actionWhoseOutcomeIsUnknown_isNeverRunAgain() {
    receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED);
    drain();
    receive("r2", ConnectWebhook.Kind.TRIGGER_FIRED);
    webhookWorker.drainOnce();
    connectApi.failNext(new ConnectApiException.OutcomeUnknown("read timed out", null));

    drain();
    clock.advance(Duration.ofHours(1));
    drain();

    assertThat(connectApi.calls("runAction")).hasSize(1);
    assertThat(outbox.pending(OutboxChannel.CONNECTION_EFFECTS)).isZero();
  }

  @Test
  void connectApiDown_snapshotIsRetriedLater() {
    connectApi.failNext(new ConnectApiException.Unavailable("down", null));
    receive("r1", ConnectWebhook.Kind.CONNECTION_ENABLED);
    drain();
    assertThat(userConnections.find(user, definition.id())).isEmpty();

    clock.advance(Duration.ofMinutes(10));
    drain();

    assertThat(userConnections.find(user, definition.id())).isPresent();
  }

  @Test
  void ownerWithoutRobot_robotStepsAreSkipped_actionStillRuns() {
    OwnerId other = ConnectionFixtures.newUser();
    connectApi.show(
        other,
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(ConnectionFixtures.userConnection(other, definition))));
    receiveFired(other, "Kitchen");
    drain();

    assertThat(sent).isEmpty();
    assertThat(connectApi.calls("runAction")).hasSize(1);
    assertThat(outbox.pending(OutboxChannel.CONNECTION_EFFECTS)).isZero();
  }

  @Test
  void aPlaceTheRobotHasNotMapped_isGivenUp_notRetried() {
    receiveFired(user, "Moon");
    drain();

    assertThat(sent).singleElement().isInstanceOf(RobotCommand.PlayAnimation.class);
    assertThat(outbox.pending(OutboxChannel.CONNECTION_EFFECTS)).isZero();
    assertThat(outbox.deadLetters(Optional.of(OutboxChannel.CONNECTION_EFFECTS.name()), 0, 10))
        .singleElement()
        .satisfies(dead -> assertThat(dead.lastError()).contains("Moon"));
  }
}
