package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository.KeptReceipt;
import io.robotconnect.application.port.out.WebhookReceiptRepository.Position;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The repositories of the connections area: definitions, user connections, webhook receipts and
 * connection trigger events. Get them from {@link Database#repository} with {@link #create}.
 */
public final class HibernateConnectionRepositories {
  // Upserts: the webhook worker and an owner-app request may store the same rows at once.
  private static final String UPSERT_DEFINITION_POSTGRES =
      "insert into connection_definitions (connection_id, definition) values (:id, :definition)"
          + " on conflict (connection_id) do update set definition = excluded.definition";
  private static final String UPSERT_DEFINITION_H2 =
      "merge into connection_definitions (connection_id, definition) key (connection_id)"
          + " values (:id, :definition)";
  private static final String UPSERT_USER_CONNECTION_POSTGRES =
      "insert into user_connections (owner_id, connection_id, status, pending, features)"
          + " values (:owner, :connection, :status, :pending, :features)"
          + " on conflict (owner_id, connection_id) do update set status = excluded.status,"
          + " pending = excluded.pending, features = excluded.features";
  private static final String UPSERT_USER_CONNECTION_H2 =
      "merge into user_connections (owner_id, connection_id, status, pending, features)"
          + " key (owner_id, connection_id) values (:owner, :connection, :status, :pending,"
          + " :features)";

  private final SessionContext context;

  private HibernateConnectionRepositories(SessionContext context) {
    this.context = context;
  }

  /** For {@code database.repository(HibernateConnectionRepositories::create)}. */
  public static HibernateConnectionRepositories create(SessionContext context) {
    return new HibernateConnectionRepositories(context);
  }

  public ConnectionRepository connections() {
    return new ConnectionRepository() {
      @Override
      public void save(io.robotconnect.domain.connection.Connection connection) {
        ConnectionDefinitionEntity row = ConnectionMapper.toEntity(connection);
        context.run(
            session -> {
              ConnectionDefinitionEntity cached =
                  session.find(ConnectionDefinitionEntity.class, row.connectionId);
              if (cached != null) {
                session.detach(cached);
              }
              session
                  .createNativeMutationQuery(
                      context.isPostgres() ? UPSERT_DEFINITION_POSTGRES : UPSERT_DEFINITION_H2)
                  .setParameter("id", row.connectionId)
                  .setParameter("definition", row.definition)
                  .executeUpdate();
            });
      }

      @Override
      public Optional<io.robotconnect.domain.connection.Connection> findById(ConnectionId id) {
        return context.call(
            session ->
                Optional.ofNullable(session.get(ConnectionDefinitionEntity.class, id.value()))
                    .map(ConnectionMapper::toDomain));
      }
    };
  }

  public UserConnectionRepository userConnections() {
    return new UserConnectionRepository() {
      @Override
      public void save(UserConnection userConnection) {
        UserConnectionEntity row = ConnectionMapper.toEntity(userConnection);
        context.run(
            session -> {
              UserConnectionEntity cached = session.find(UserConnectionEntity.class, row.key);
              if (cached != null) {
                session.detach(cached);
              }
              session
                  .createNativeMutationQuery(
                      context.isPostgres()
                          ? UPSERT_USER_CONNECTION_POSTGRES
                          : UPSERT_USER_CONNECTION_H2)
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
              return Optional.of(
                  ConnectionMapper.toDomain(entity, ConnectionMapper.toDomain(definition)));
            });
      }
    };
  }

  public WebhookReceiptRepository webhookReceipts() {
    return new HibernateWebhookReceiptRepository(context);
  }

  public ConnectionTriggerEventRepository triggerEvents() {
    return new HibernateConnectionTriggerEventRepository(context);
  }

  private static final class HibernateWebhookReceiptRepository implements WebhookReceiptRepository {
    private static final String INSERT_UNLESS_PRESENT_POSTGRES =
        "insert into connect_webhook_receipts"
            + " (request_id, webhook_type, webhook_event, body, known, received_at)"
            + " values (:id, :type, :event, :body, :known, :at) on conflict (request_id) do nothing";

    private final SessionContext context;

    HibernateWebhookReceiptRepository(SessionContext context) {
      this.context = context;
    }

    @Override
    public boolean record(WebhookReceipt receipt) {
      ConnectWebhookReceiptEntity entity = new ConnectWebhookReceiptEntity();
      entity.requestId = receipt.requestId();
      entity.type = receipt.type();
      entity.event = receipt.event();
      entity.body = receipt.body();
      entity.known = receipt.known();
      entity.receivedAt = receipt.receivedAt();
      if (context.isPostgres()) {
        return context.call(
                session ->
                    session
                        .createNativeMutationQuery(INSERT_UNLESS_PRESENT_POSTGRES)
                        .setParameter("id", entity.requestId)
                        .setParameter("type", entity.type)
                        .setParameter("event", entity.event)
                        .setParameter("body", entity.body)
                        .setParameter("known", entity.known)
                        .setParameter("at", entity.receivedAt)
                        .executeUpdate())
            == 1;
      }
      try {
        return context.call(session -> insertUnlessPresent(session, entity, entity.requestId));
      } catch (ConstraintViolationException raceLostToTheSameId) {
        return false;
      }
    }

    @Override
    public List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars) {
      // keyset paging; the body is cut in the database, so a page never reads whole bodies
      String query =
          "select r.requestId, r.type, r.event, substring(r.body, 1, :chars), length(r.body),"
              + " r.receivedAt from ConnectWebhookReceiptEntity r where r.known = false"
              + (after.isPresent()
                  ? " and (r.receivedAt > :at or (r.receivedAt = :at and r.requestId > :id))"
                  : "")
              + " order by r.receivedAt, r.requestId";
      return context.call(
          session -> {
            var select =
                session
                    .createSelectionQuery(query, Object[].class)
                    .setParameter("chars", bodyChars)
                    .setMaxResults(max)
                    .setReadOnly(true);
            after.ifPresent(
                p -> select.setParameter("at", p.receivedAt()).setParameter("id", p.requestId()));
            return select.getResultList().stream()
                .map(
                    row ->
                        new KeptReceipt(
                            (String) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            ((Number) row[4]).intValue(),
                            (Instant) row[5]))
                .toList();
          });
    }
  }

  private static final class HibernateConnectionTriggerEventRepository
      implements ConnectionTriggerEventRepository {
    private static final String INSERT_UNLESS_PRESENT_POSTGRES =
        "insert into connection_trigger_events"
            + " (event_id, connection_id, owner_id, trigger_id, feature_id, user_feature_id,"
            + " user_feature_trigger_id, ingredients, received_at) values (:id, :connection,"
            + " :owner, :trigger, :feature, :userFeature, :userFeatureTrigger, :ingredients, :at)"
            + " on conflict (event_id) do nothing";

    private final SessionContext context;

    HibernateConnectionTriggerEventRepository(SessionContext context) {
      this.context = context;
    }

    @Override
    public boolean append(ConnectionTriggerEvent event) {
      ConnectionTriggerEventEntity entity = ConnectionMapper.toEntity(event);
      if (context.isPostgres()) {
        return context.call(
                session ->
                    session
                        .createNativeMutationQuery(INSERT_UNLESS_PRESENT_POSTGRES)
                        .setParameter("id", entity.eventId)
                        .setParameter("connection", entity.connectionId)
                        .setParameter("owner", entity.ownerId)
                        .setParameter("trigger", entity.triggerId)
                        .setParameter("feature", entity.featureId)
                        .setParameter("userFeature", entity.userFeatureId)
                        .setParameter("userFeatureTrigger", entity.userFeatureTriggerId)
                        .setParameter("ingredients", entity.ingredients)
                        .setParameter("at", entity.receivedAt)
                        .executeUpdate())
            == 1;
      }
      try {
        return context.call(session -> insertUnlessPresent(session, entity, entity.eventId));
      } catch (ConstraintViolationException raceLostToTheSameId) {
        return false;
      }
    }

    @Override
    public Optional<ConnectionTriggerEvent> findById(String id) {
      return context.call(
          session ->
              Optional.ofNullable(session.get(ConnectionTriggerEventEntity.class, id))
                  .map(ConnectionMapper::toDomain));
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
                  .map(ConnectionMapper::toDomain)
                  .toList());
    }
  }

  private static boolean insertUnlessPresent(Session session, Object entity, String id) {
    if (session.get(entity.getClass(), id) != null) {
      return false;
    }
    session.persist(entity);
    session.flush();
    return true;
  }
}
