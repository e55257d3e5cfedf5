package io.robotconnect.application.port.out;

import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;

/** Stores the connection trigger events IFTTT reported, with their ingredients. */
public interface ConnectionTriggerEventRepository {

  /** Stores the event; returns false, changing nothing, when an event with its id exists. */
  boolean append(ConnectionTriggerEvent event);

  java.util.Optional<ConnectionTriggerEvent> findById(String id);

  /** The user's newest events of the connection, newest first, at most {@code limit}. */
  List<ConnectionTriggerEvent> newest(OwnerId user, ConnectionId connection, int limit);
}
