package io.robotconnect.adapter.out.persistence;

/**
 * The statements of the connection tables that PostgreSQL and H2 write differently: upserts (the
 * webhook worker and an owner-app request may store the same rows at once) and inserts that skip a
 * row whose key is stored (a webhook or a fired trigger delivered twice). One subclass per
 * database, chosen by {@link Dialect}.
 */
abstract sealed class ConnectionSql permits PostgresConnectionSql, H2ConnectionSql {
  /** Inserts or replaces a definition; named parameters {@code id, definition}. */
  abstract String upsertDefinition();

  /**
   * Inserts or replaces a user connection; named parameters {@code owner, connection, status,
   * pending, features}.
   */
  abstract String upsertUserConnection();

  /** Inserts the receipt unless one with its request id is stored: whether it was stored. */
  abstract boolean insertUnlessPresent(SessionContext context, ConnectWebhookReceiptEntity receipt);

  /** Inserts the event unless one with its id is stored: whether it was stored. */
  abstract boolean insertUnlessPresent(SessionContext context, ConnectionTriggerEventEntity event);
}
