package io.robotconnect.adapter.out.persistence;

/**
 * PostgreSQL's connection SQL: {@code on conflict}, which leaves the surrounding transaction
 * usable, unlike a failed insert.
 */
final class PostgresConnectionSql extends ConnectionSql {
  private static final String UPSERT_DEFINITION =
      "insert into connection_definitions (connection_id, definition) values (:id, :definition)"
          + " on conflict (connection_id) do update set definition = excluded.definition";

  private static final String UPSERT_USER_CONNECTION =
      "insert into user_connections (owner_id, connection_id, status, pending, features)"
          + " values (:owner, :connection, :status, :pending, :features)"
          + " on conflict (owner_id, connection_id) do update set status = excluded.status,"
          + " pending = excluded.pending, features = excluded.features";

  private static final String INSERT_RECEIPT_UNLESS_PRESENT =
      "insert into connect_webhook_receipts"
          + " (request_id, webhook_type, webhook_event, body, known, received_at)"
          + " values (:id, :type, :event, :body, :known, :at) on conflict (request_id) do nothing";

  private static final String INSERT_EVENT_UNLESS_PRESENT =
      "insert into connection_trigger_events"
          + " (event_id, connection_id, owner_id, trigger_id, feature_id, user_feature_id,"
          + " user_feature_trigger_id, ingredients, received_at) values (:id, :connection,"
          + " :owner, :trigger, :feature, :userFeature, :userFeatureTrigger, :ingredients, :at)"
          + " on conflict (event_id) do nothing";

  @Override
  String upsertDefinition() {
    return UPSERT_DEFINITION;
  }

  @Override
  String upsertUserConnection() {
    return UPSERT_USER_CONNECTION;
  }

  @Override
  boolean insertUnlessPresent(SessionContext context, ConnectWebhookReceiptEntity receipt) {
    return context.call(
            session ->
                session
                    .createNativeMutationQuery(INSERT_RECEIPT_UNLESS_PRESENT)
                    .setParameter("id", receipt.requestId)
                    .setParameter("type", receipt.type)
                    .setParameter("event", receipt.event)
                    .setParameter("body", receipt.body)
                    .setParameter("known", receipt.known)
                    .setParameter("at", receipt.receivedAt)
                    .executeUpdate())
        == 1;
  }

  @Override
  boolean insertUnlessPresent(SessionContext context, ConnectionTriggerEventEntity event) {
    return context.call(
            session ->
                session
                    .createNativeMutationQuery(INSERT_EVENT_UNLESS_PRESENT)
                    .setParameter("id", event.eventId)
                    .setParameter("connection", event.connectionId)
                    .setParameter("owner", event.ownerId)
                    .setParameter("trigger", event.triggerId)
                    .setParameter("feature", event.featureId)
                    .setParameter("userFeature", event.userFeatureId)
                    .setParameter("userFeatureTrigger", event.userFeatureTriggerId)
                    .setParameter("ingredients", event.ingredients)
                    .setParameter("at", event.receivedAt)
                    .executeUpdate())
        == 1;
  }
}
