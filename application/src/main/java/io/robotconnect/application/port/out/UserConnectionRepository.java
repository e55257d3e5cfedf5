package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** Stores each user's state of each connection; the definition must have been saved before. */
public interface UserConnectionRepository {

  /** Inserts or replaces the user's connection (keyed by user and connection). */
  void save(UserConnection userConnection);

  Optional<UserConnection> find(OwnerId user, ConnectionId connection);
}
