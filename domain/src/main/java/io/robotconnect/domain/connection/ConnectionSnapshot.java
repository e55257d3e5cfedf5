package io.robotconnect.domain.connection;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Connect API shows of a connection: its definition and, when asked for a user, that
 * user's status and configuration.
 */
public record ConnectionSnapshot(
    Connection definition,
    Optional<UserConnectionStatus> userStatus,
    Optional<UserConnection> userConnection) {
  public ConnectionSnapshot {
    Objects.requireNonNull(definition, "definition");
    userStatus = userStatus == null ? Optional.empty() : userStatus;
    userConnection = userConnection == null ? Optional.empty() : userConnection;
    userConnection.ifPresent(
        uc -> {
          if (!uc.connection().equals(definition.id())) {
            throw new IllegalArgumentException("user connection is of another connection");
          }
        });
  }
}
