package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.OwnerId;
import java.util.Optional;

/** The users' connections: status and feature configurations per user and connection. */
final class HibernateUserConnectionRepository implements UserConnectionRepository {
  private final SessionContext context;
  private final ConnectionSql sql;
  private final ConnectionMapper mapper;

  HibernateUserConnectionRepository(
      SessionContext context, ConnectionSql sql, ConnectionMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.mapper = mapper;
  }

  @Override
  public void save(UserConnection userConnection) {
    UserConnectionEntity row = mapper.toEntity(userConnection);
    context.run(
        session -> {
          UserConnectionEntity cached = session.find(UserConnectionEntity.class, row.key);
          if (cached != null) {
            session.detach(cached);
          }
          session
              .createNativeMutationQuery(sql.upsertUserConnection())
              .setParameter("owner", row.key.ownerId)
              .setParameter("connection", row.key.connectionId)
              .setParameter("status", row.status)
              .setParameter("pending", row.pending)
              .setParameter("features", row.features)
              .executeUpdate();
        });
  }

  @Override
  public Optional<UserConnection> find(OwnerId user, ConnectionId connection) {
    return context.call(
        session -> {
          UserConnectionEntity entity =
              session.get(
                  UserConnectionEntity.class,
                  new UserConnectionEntity.Key(user.value(), connection.value()));
          if (entity == null) {
            return Optional.empty();
          }
          ConnectionDefinitionEntity definition =
              session.get(ConnectionDefinitionEntity.class, connection.value());
          return Optional.of(mapper.toDomain(entity, mapper.toDomain(definition)));
        });
  }
}
