package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Connection trigger events in a map keyed by id. */
public final class InMemoryConnectionTriggerEventRepository
    implements ConnectionTriggerEventRepository {
  private final Map<String, ConnectionTriggerEvent> events = new LinkedHashMap<>();

  @Override
  public synchronized boolean append(ConnectionTriggerEvent event) {
    return events.putIfAbsent(event.id(), event) == null;
  }

  @Override
  public synchronized Optional<ConnectionTriggerEvent> findById(String id) {
    return Optional.ofNullable(events.get(id));
  }

  @Override
  public synchronized List<ConnectionTriggerEvent> newest(
      OwnerId user, ConnectionId connection, int limit) {
    return events.values().stream()
        .filter(e -> e.user().equals(user) && e.connection().equals(connection))
        .sorted(Comparator.comparing(ConnectionTriggerEvent::receivedAt).reversed())
        .limit(limit)
        .toList();
  }

  public synchronized int size() {
    return events.size();
  }
}
