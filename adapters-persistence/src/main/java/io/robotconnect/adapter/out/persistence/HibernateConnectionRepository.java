package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import java.util.Optional;

/** The connection definitions, each a JSON document under its connection id. */
final class HibernateConnectionRepository implements ConnectionRepository {
  private final SessionContext context;
  private final ConnectionSql sql;
  private final ConnectionMapper mapper;

  HibernateConnectionRepository(
      SessionContext context, ConnectionSql sql, ConnectionMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.mapper = mapper;
  }

  @Override
  public void save(Connection connection) {
    ConnectionDefinitionEntity row = mapper.toEntity(connection);
    context.run(
        session -> {
          ConnectionDefinitionEntity cached =
              session.find(ConnectionDefinitionEntity.class, row.connectionId);
          if (cached != null) {
            session.detach(cached);
          }
          session
              .createNativeMutationQuery(sql.upsertDefinition())
              .setParameter("id", row.connectionId)
              .setParameter("definition", row.definition)
              .executeUpdate();
        });
  }

  @Override
  public Optional<Connection> findById(ConnectionId id) {
    return context.call(
        session ->
            Optional.ofNullable(session.get(ConnectionDefinitionEntity.class, id.value()))
                .map(mapper::toDomain));
  }
}
