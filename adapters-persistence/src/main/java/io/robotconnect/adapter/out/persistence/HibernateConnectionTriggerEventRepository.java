package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;

/** The fired connection triggers, kept once per event id. */
final class HibernateConnectionTriggerEventRepository implements ConnectionTriggerEventRepository {
  private final SessionContext context;
  private final ConnectionSql sql;
  private final ConnectionMapper mapper;

  HibernateConnectionTriggerEventRepository(
      SessionContext context, ConnectionSql sql, ConnectionMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.mapper = mapper;
  }

  @Override
  public boolean append(ConnectionTriggerEvent event) {
    return sql.insertUnlessPresent(context, mapper.toEntity(event));
  }

  @Override
  public Optional<ConnectionTriggerEvent> findById(String id) {
    return context.call(
        session ->
            Optional.ofNullable(session.get(ConnectionTriggerEventEntity.class, id))
                .map(mapper::toDomain));
  }

  @Override
  public List<ConnectionTriggerEvent> newest(OwnerId user, ConnectionId connection, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "from ConnectionTriggerEventEntity e where e.ownerId = :owner"
                        + " and e.connectionId = :connection"
                        + " order by e.receivedAt desc, e.eventId desc",
                    ConnectionTriggerEventEntity.class)
                .setParameter("owner", user.value())
                .setParameter("connection", connection.value())
                .setMaxResults(limit)
                .setReadOnly(true)
                .getResultList()
                .stream()
                .map(mapper::toDomain)
                .toList());
  }
}
