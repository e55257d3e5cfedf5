package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import java.util.Optional;

/** Stores the latest known definition of each connection (a snapshot from the Connect API). */
public interface ConnectionRepository {

  /** Inserts or replaces the definition (keyed by its id). */
  void save(Connection connection);

  Optional<Connection> findById(ConnectionId id);
}
