package io.robotconnect.application.service;

import io.robotconnect.application.port.in.ConnectionNotRunnableException;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.InvalidConfigurationException;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.in.UnknownConnectionPartException;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.ConfigurationCheck;
import io.robotconnect.domain.connection.ConnectUrlRequest;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldProblem;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.StepKind;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.Owner;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The owner's app's view of the owner's connections: configure, run, and connect. */
public final class OwnerConnectionService
    implements ManageUserConnectionUseCase, RunConnectionStepUseCase, CreateConnectUrlUseCase {
  private final ConnectApiPort connectApi;
  private final ConnectionSnapshots snapshots;
  private final OwnerRepository owners;
  private final ConnectionRepository connections;

  public OwnerConnectionService(
      ConnectApiPort connectApi,
      ConnectionRepository connections,
      UserConnectionRepository userConnections,
      OwnerRepository owners,
      UnitOfWork unitOfWork) {
    this.connectApi = connectApi;
    this.snapshots = new ConnectionSnapshots(connectApi, connections, userConnections, unitOfWork);
    this.owners = owners;
    this.connections = connections;
  }

  /**
   * The stored definition of a connection the platform knows (bundled, or shown to it by IFTTT);
   * every id the caller names is checked against it before anything is sent to IFTTT.
   */
  private Connection known(ConnectionId connection) {
    return connections
        .findById(connection)
        .orElseThrow(() -> UnknownConnectionPartException.connection(connection));
  }

  private static void requireOffered(Connection definition, OptionsScope scope) {
    boolean offered =
        scope.type().equals("features")
            ? definition.feature(scope.typeId()).isPresent()
            : Arrays.stream(StepKind.values())
                .filter(kind -> kind.pathSegment().equals(scope.type()))
                .anyMatch(kind -> offers(definition, kind, scope.typeId()));
    if (!offered) {
      throw UnknownConnectionPartException.part(definition.id(), scope.type());
    }
  }

  private static boolean offers(Connection definition, StepKind kind, String qualifiedStep) {
    try {
      return definition.serviceStep(kind, StepRef.parse(qualifiedStep)).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void requireOffered(StepCommand command, StepKind kind) {
    Connection definition = known(command.connection());
    if (definition.serviceStep(kind, command.step()).isEmpty()) {
      throw UnknownConnectionPartException.part(definition.id(), kind.pathSegment());
    }
  }

  @Override
  public ConnectionSnapshot show(OwnerId owner, ConnectionId connection) {
    known(connection);
    return snapshots.refreshSnapshot(connection, owner, false);
  }

  @Override
  public Map<String, List<FieldValue.Option>> fieldOptions(
      OwnerId owner, ConnectionId connection, OptionsScope scope) {
    requireOffered(known(connection), scope);
    return connectApi.fieldOptions(connection, scope, owner);
  }

  @Override
  public ConnectionSnapshot update(UpdateUserConnectionCommand command) {
    Connection definition = known(command.connection());
    Map<OptionsScope, Map<String, List<FieldValue.Option>>> optionsByScope = new HashMap<>();
    ConfigurationCheck check =
        new ConfigurationCheck(
            definition,
            (scope, fieldId) -> {
              Map<String, List<FieldValue.Option>> options =
                  optionsByScope.computeIfAbsent(
                      scope,
                      s -> connectApi.fieldOptions(command.connection(), s, command.owner()));
              List<FieldValue.Option> values = options.get(fieldId);
              return values == null
                  ? Optional.empty()
                  : Optional.of(
                      values.stream().map(FieldValue.Option::value).collect(Collectors.toSet()));
            });
    List<FieldProblem> problems = check.problems(command.features());
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    connectApi.updateUserConnection(command.connection(), command.owner(), command.features());
    return snapshots.refreshSnapshot(command.connection(), command.owner(), true);
  }

  @Override
  public void refresh(OwnerId owner, ConnectionId connection) {
    known(connection);
    connectApi.refresh(connection, owner);
  }

  @Override
  public void runAction(StepCommand command) {
    requireOffered(command, StepKind.ACTION);
    requireRunnable(command);
    connectApi.runAction(
        command.connection(),
        command.step(),
        command.owner(),
        command.fields(),
        command.userFeatureId());
  }

  @Override
  public ConnectApiPort.QueryPage performQuery(
      StepCommand command, ConnectApiPort.QueryRequest request) {
    requireOffered(command, StepKind.QUERY);
    requireRunnable(command);
    Map<String, FieldValue> fields = new HashMap<>(request.fields());
    fields.putAll(command.fields());
    return connectApi.performQuery(
        command.connection(),
        command.step(),
        command.owner(),
        new ConnectApiPort.QueryRequest(
            fields,
            command.userFeatureId().or(request::userFeatureId),
            request.includes(),
            request.limit(),
            request.cursor()));
  }

  @Override
  public void testTrigger(StepCommand command) {
    requireOffered(command, StepKind.TRIGGER);
    requireRunnable(command);
    connectApi.testTrigger(
        command.connection(), command.step(), command.owner(), command.userFeatureId());
  }

  private void requireRunnable(StepCommand command) {
    UserConnection userConnection = snapshots.known(command.connection(), command.owner());
    if (userConnection.pending()) {
      throw new ConnectionNotRunnableException(
          "pending",
          "The connection waits for its configuration (skip_config); update it before running it");
    }
    if (!userConnection.canRun()) {
      throw new ConnectionNotRunnableException(
          userConnection.status().wireName(),
          "The connection is " + userConnection.status().wireName() + " for this user");
    }
  }

  @Override
  public URI connectUrl(ConnectUrlCommand command) {
    known(command.connection());
    Owner owner =
        owners
            .findById(command.owner())
            .orElseThrow(() -> new UnknownOwnerException(command.owner()));
    Optional<String> code = command.oauthCode().map(connectApi::provisionalAccessCode);
    URI url =
        connectApi.connectUrl(
            new ConnectUrlRequest(
                command.connection(),
                owner.email(),
                command.redirectUri(),
                code,
                command.skipConfig()));
    if (command.skipConfig()) {
      snapshots.markPending(command.connection(), command.owner());
    }
    return url;
  }
}
