package io.robotconnect.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/** PostgreSQL claims with {@code SKIP LOCKED}: claimers on other nodes pass over these rows. */
final class PostgresOutboxSql implements OutboxSql {
  private static final String DUE =
      "select * from outbox_messages where channel = :channel and given_up_at is null"
          + " and due_at <= :now order by due_at, id limit :max for update skip locked";

  @Override
  public List<OutboxMessageEntity> claim(
      Session session, String channel, int max, Instant now, Instant leaseEnd) {
    List<OutboxMessageEntity> rows =
        session
            .createNativeQuery(DUE, OutboxMessageEntity.class)
            .setParameter("channel", channel)
            .setParameter("now", now)
            .setParameter("max", max)
            .setReadOnly(true)
            .getResultList();
    if (!rows.isEmpty()) {
      session
          .createMutationQuery(
              "update OutboxMessageEntity m set m.dueAt = :leaseEnd where m.id in :ids")
          .setParameter("leaseEnd", leaseEnd)
          .setParameter("ids", rows.stream().map(row -> row.id).toList())
          .executeUpdate();
    }
    return rows;
  }
}
