package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;

/** Fetches a user's connection from the Connect API and stores the definition and user state. */
final class ConnectionSnapshots {
  private final ConnectApiPort connectApi;
  private final ConnectionRepository connections;
  private final UserConnectionRepository userConnections;
  private final UnitOfWork unitOfWork;

  ConnectionSnapshots(
      ConnectApiPort connectApi,
      ConnectionRepository connections,
      UserConnectionRepository userConnections,
      UnitOfWork unitOfWork) {
    this.connectApi = connectApi;
    this.connections = connections;
    this.userConnections = userConnections;
    this.unitOfWork = unitOfWork;
  }

  /**
   * Fetches and stores the user's connection. A pending user connection (made with {@code
   * skip_config}) stays pending unless {@code endsPending}.
   */
  UserConnection refresh(ConnectionId connection, OwnerId user, boolean endsPending) {
    return refreshSnapshot(connection, user, endsPending).userConnection().orElseThrow();
  }

  /** Like {@link #refresh}, answering the definition with the stored user connection. */
  ConnectionSnapshot refreshSnapshot(ConnectionId connection, OwnerId user, boolean endsPending) {
    ConnectionSnapshot snapshot = connectApi.showConnection(connection, Optional.of(user));
    UserConnection stored = store(snapshot, connection, user, endsPending);
    return new ConnectionSnapshot(
        snapshot.definition(), Optional.of(stored.status()), Optional.of(stored));
  }

  private UserConnection store(
      ConnectionSnapshot snapshot, ConnectionId connection, OwnerId user, boolean endsPending) {
    return unitOfWork.inTransaction(
        () -> {
          connections.save(snapshot.definition());
          boolean wasPending =
              userConnections.find(user, connection).map(UserConnection::pending).orElse(false);
          UserConnectionStatus status = snapshot.userStatus().orElse(UserConnectionStatus.ENABLED);
          UserConnection fetched =
              snapshot
                  .userConnection()
                  .orElseGet(
                      () ->
                          UserConnection.of(user, snapshot.definition(), status, false, List.of()));
          UserConnection stored =
              UserConnection.of(
                  user,
                  snapshot.definition(),
                  status,
                  wasPending && !endsPending,
                  fetched.features());
          userConnections.save(stored);
          return stored;
        });
  }

  /** The stored definition, fetched first when the platform has none yet. */
  io.robotconnect.domain.connection.Connection definition(ConnectionId connection, OwnerId user) {
    return connections
        .findById(connection)
        .orElseGet(() -> refreshSnapshot(connection, user, false).definition());
  }

  /**
   * Marks the user's connection pending (a Connect URL with {@code skip_config} was handed out),
   * unless the user already has it enabled.
   */
  void markPending(ConnectionId connection, OwnerId user) {
    io.robotconnect.domain.connection.Connection definition = definition(connection, user);
    unitOfWork.run(
        () -> {
          Optional<UserConnection> existing = userConnections.find(user, connection);
          if (existing.isEmpty() || existing.get().status() != UserConnectionStatus.ENABLED) {
            userConnections.save(
                UserConnection.of(
                    user,
                    definition,
                    existing.map(UserConnection::status).orElse(UserConnectionStatus.NEVER_ENABLED),
                    true,
                    existing.map(UserConnection::features).orElse(List.of())));
          }
        });
  }

  /** The stored user connection, fetched first when the platform has none yet. */
  UserConnection known(ConnectionId connection, OwnerId user) {
    return userConnections.find(user, connection).orElseGet(() -> refresh(connection, user, false));
  }
}
