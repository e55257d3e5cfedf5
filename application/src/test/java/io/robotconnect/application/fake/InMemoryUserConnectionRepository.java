package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** User connections in a map, keyed by user and connection. */
public final class InMemoryUserConnectionRepository implements UserConnectionRepository {
  private final Map<List<String>, UserConnection> userConnections = new ConcurrentHashMap<>();

  @Override
  public void save(UserConnection userConnection) {
    userConnections.put(key(userConnection.user(), userConnection.connection()), userConnection);
  }

  @Override
  public Optional<UserConnection> find(OwnerId user, ConnectionId connection) {
    return Optional.ofNullable(userConnections.get(key(user, connection)));
  }

  private static List<String> key(OwnerId user, ConnectionId connection) {
    return List.of(user.value(), connection.value());
  }
}
