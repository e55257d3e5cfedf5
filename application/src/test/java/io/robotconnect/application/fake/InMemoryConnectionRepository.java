package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Connection definitions in a map. */
public final class InMemoryConnectionRepository implements ConnectionRepository {
  private final Map<ConnectionId, Connection> connections = new ConcurrentHashMap<>();

  @Override
  public void save(Connection connection) {
    connections.put(connection.id(), connection);
  }

  @Override
  public Optional<Connection> findById(ConnectionId id) {
    return Optional.ofNullable(connections.get(id));
  }
}
