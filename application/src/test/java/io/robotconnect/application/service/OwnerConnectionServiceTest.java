package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.contract.ConnectionFixtures;
import io.robotconnect.application.fake.DirectUnitOfWork;
import io.robotconnect.application.fake.FakeConnectApi;
import io.robotconnect.application.fake.InMemoryConnectionRepository;
import io.robotconnect.application.fake.InMemoryOwnerRepository;
import io.robotconnect.application.fake.InMemoryUserConnectionRepository;
import io.robotconnect.application.port.in.ConnectionNotRunnableException;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase.ConnectUrlCommand;
import io.robotconnect.application.port.in.InvalidConfigurationException;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase.UpdateUserConnectionCommand;
import io.robotconnect.application.port.in.RunConnectionStepUseCase.StepCommand;
import io.robotconnect.application.port.in.UnknownConnectionPartException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldProblem;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.connection.UserField;
import io.robotconnect.domain.owner.EmailAddress;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerConnectionServiceTest {
  private final FakeConnectApi connectApi = new FakeConnectApi();
  private final InMemoryConnectionRepository connections = new InMemoryConnectionRepository();
  private final InMemoryUserConnectionRepository userConnections =
      new InMemoryUserConnectionRepository();
  private final InMemoryOwnerRepository owners = new InMemoryOwnerRepository();
  private final OwnerId owner = ConnectionFixtures.newUser();
  private final Connection definition =
      ConnectionFixtures.connection(ConnectionFixtures.newConnectionId());
  private final OwnerConnectionService service =
      new OwnerConnectionService(
          connectApi, connections, userConnections, owners, new DirectUnitOfWork());

  @BeforeEach
  void setUp() {
    connections.save(definition);
    owners.save(new Owner(owner, new EmailAddress("me@example.com"), "Me", "hash"));
    connectApi.show(
        owner,
        new ConnectionSnapshot(
            definition,
            Optional.of(UserConnectionStatus.ENABLED),
            Optional.of(ConnectionFixtures.userConnection(owner, definition))));
    connectApi.options(
        "day_of_week",
        List.of(FieldValue.Option.of("Monday", "1"), FieldValue.Option.of("Tuesday", "2")));
  }

  private static UserFeature feature(FieldValue dayOfWeek) {
    return new UserFeature(
        Optional.empty(),
        ConnectionFixtures.FEATURE,
        true,
        List.of(UserField.of("day_of_week", dayOfWeek)),
        List.of());
  }

  @Test
  void givenValueNotAmongTheOptions_update_isRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () ->
                service.update(
                    new UpdateUserConnectionCommand(
                        owner,
                        definition.id(),
                        List.of(feature(FieldValue.Option.of("Sunday", "7"))))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::parameter)
                    .containsExactly("/user_features/0/user_fields/0/value"));
    assertThat(connectApi.calls("updateUserConnection")).isEmpty();
  }

  @Test
  void validUpdate_isSent_andEndsThePendingState() {
    connections.save(definition);
    userConnections.save(
        UserConnection.of(owner, definition, UserConnectionStatus.ENABLED, true, List.of()));

    ConnectionSnapshot snapshot =
        service.update(
            new UpdateUserConnectionCommand(
                owner, definition.id(), List.of(feature(FieldValue.Option.of("Tuesday", "2")))));

    assertThat(connectApi.calls("updateUserConnection")).hasSize(1);
    assertThat(snapshot.userConnection().orElseThrow().pending()).isFalse();
    assertThat(userConnections.find(owner, definition.id()).orElseThrow().canRun()).isTrue();
  }

  @Test
  void pendingConnection_runsNoActionQueryOrTestTrigger() {
    connections.save(definition);
    userConnections.save(
        UserConnection.of(owner, definition, UserConnectionStatus.ENABLED, true, List.of()));
    StepCommand run =
        new StepCommand(
            owner, definition.id(), ConnectionFixtures.ADD_EVENT, Map.of(), Optional.empty());

    assertThatThrownBy(() -> service.runAction(run))
        .isInstanceOfSatisfying(
            ConnectionNotRunnableException.class, e -> assertThat(e.reason()).isEqualTo("pending"));
    assertThatThrownBy(
            () ->
                service.performQuery(
                    step(ConnectionFixtures.SEARCH_EVENTS), ConnectApiPort.QueryRequest.defaults()))
        .isInstanceOf(ConnectionNotRunnableException.class);
    assertThatThrownBy(() -> service.testTrigger(step(ConnectionFixtures.ENTER_OR_EXIT)))
        .isInstanceOf(ConnectionNotRunnableException.class);
    assertThat(connectApi.calls("runAction")).isEmpty();
  }

  private StepCommand step(StepRef step) {
    return new StepCommand(owner, definition.id(), step, Map.of(), Optional.empty());
  }

  @Test
  void enabledConnection_runsTheActionWithOverrides() {
    service.runAction(
        new StepCommand(
            owner,
            definition.id(),
            ConnectionFixtures.ADD_EVENT,
            Map.of("query", new FieldValue.Text("standup")),
            Optional.of("uf1")));

    assertThat(connectApi.calls("runAction"))
        .singleElement()
        .satisfies(c -> assertThat(c.detail().toString()).contains("standup").contains("uf1"));
  }

  @Test
  void connectUrlWithSkipConfig_usesTheOwnersEmailAndAProvisionalCode_andMarksPending() {
    connectApi.show(
        owner,
        new ConnectionSnapshot(
            definition, Optional.of(UserConnectionStatus.NEVER_ENABLED), Optional.empty()));

    URI url =
        service.connectUrl(
            new ConnectUrlCommand(
                owner,
                definition.id(),
                Optional.of(URI.create("https://app.example.com/done")),
                Optional.of("oc1"),
                true));

    assertThat(url.toString()).contains("me@example.com");
    assertThat(connectApi.calls("provisionalAccessCode")).hasSize(1);
    UserConnection pending = userConnections.find(owner, definition.id()).orElseThrow();
    assertThat(pending.pending()).isTrue();
    assertThat(pending.status()).isEqualTo(UserConnectionStatus.NEVER_ENABLED);
  }

  @Test
  void givenAConnectionThePlatformDoesNotKnow_everyCall_isNotFound_andNothingIsSent() {
    ConnectionId unknown = ConnectionFixtures.newConnectionId();
    StepCommand run =
        new StepCommand(owner, unknown, ConnectionFixtures.ADD_EVENT, Map.of(), Optional.empty());
    List<ThrowingCallable> calls =
        List.of(
            () -> service.show(owner, unknown),
            () ->
                service.fieldOptions(
                    owner, unknown, OptionsScope.feature(ConnectionFixtures.FEATURE)),
            () -> service.update(new UpdateUserConnectionCommand(owner, unknown, List.of())),
            () -> service.refresh(owner, unknown),
            () -> service.runAction(run),
            () -> service.performQuery(run, ConnectApiPort.QueryRequest.defaults()),
            () -> service.testTrigger(run),
            () ->
                service.connectUrl(
                    new ConnectUrlCommand(
                        owner, unknown, Optional.empty(), Optional.empty(), false)));

    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(UnknownConnectionPartException.class)
          .hasMessageContaining(unknown.value());
    }
    assertThat(connectApi.calls()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../../etc/passwd",
        "..",
        "{{7*7}}",
        "a/b",
        "google_calendar.add_detailed_event/../../x",
        "google_calendar.no_such_step",
        "no_such_service.add_detailed_event"
      })
  void givenAStepOrFeatureTheDefinitionLacks_fieldOptions_isNotFound_andNothingIsSent(String id) {
    for (String type : List.of("features", "triggers", "queries", "actions")) {
      assertThatThrownBy(
              () -> service.fieldOptions(owner, definition.id(), new OptionsScope(type, id)))
          .isInstanceOf(UnknownConnectionPartException.class)
          .hasMessageNotContaining(id);
    }
    assertThat(connectApi.calls()).isEmpty();
  }

  @Test
  void aStepOfAnotherKind_isNotFound_andNothingIsSent() {
    StepCommand actionAsQuery =
        new StepCommand(
            owner, definition.id(), ConnectionFixtures.ADD_EVENT, Map.of(), Optional.empty());
    StepCommand unknownStep =
        new StepCommand(
            owner,
            definition.id(),
            StepRef.parse("google_calendar.{{7*7}}/../x"),
            Map.of(),
            Optional.empty());

    assertThatThrownBy(
            () -> service.performQuery(actionAsQuery, ConnectApiPort.QueryRequest.defaults()))
        .isInstanceOf(UnknownConnectionPartException.class);
    assertThatThrownBy(() -> service.testTrigger(actionAsQuery))
        .isInstanceOf(UnknownConnectionPartException.class);
    assertThatThrownBy(() -> service.runAction(unknownStep))
        .isInstanceOf(UnknownConnectionPartException.class);
    assertThat(connectApi.calls()).isEmpty();
  }

  @Test
  void knownStepsAndFeatures_getTheirFieldOptions() {
    service.fieldOptions(owner, definition.id(), OptionsScope.feature(ConnectionFixtures.FEATURE));
    service.fieldOptions(
        owner, definition.id(), OptionsScope.step(StepKind.ACTION, ConnectionFixtures.ADD_EVENT));

    assertThat(connectApi.calls("fieldOptions")).hasSize(2);
  }
}
