package io.robotconnect.adapter.out.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * H2's connection SQL: {@code merge ... key} for upserts; no insert-or-skip, so inserts look for
 * the key first (H2 serves one process per database file, where a failed insert leaves the
 * transaction usable).
 */
final class H2ConnectionSql extends ConnectionSql {
  private static final String UPSERT_DEFINITION =
      "merge into connection_definitions (connection_id, definition) key (connection_id)"
          + " values (:id, :definition)";

  private static final String UPSERT_USER_CONNECTION =
      "merge into user_connections (owner_id, connection_id, status, pending, features)"
          + " key (owner_id, connection_id) values (:owner, :connection, :status, :pending,"
          + " :features)";

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
    return insertUnlessPresent(context, receipt, receipt.requestId);
  }

  @Override
  boolean insertUnlessPresent(SessionContext context, ConnectionTriggerEventEntity event) {
    return insertUnlessPresent(context, event, event.eventId);
  }

  private static boolean insertUnlessPresent(SessionContext context, Object entity, String id) {
    try {
      return context.call(
          session -> {
            if (session.get(entity.getClass(), id) != null) {
              return false;
            }
            session.persist(entity);
            session.flush();
            return true;
          });
    } catch (ConstraintViolationException raceLostToTheSameId) {
      return false;
    }
  }
}
