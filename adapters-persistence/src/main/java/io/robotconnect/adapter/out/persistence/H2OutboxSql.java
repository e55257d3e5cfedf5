package io.robotconnect.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** H2 claims each due row by a conditional update: of two racing claimers, one gets it. */
final class H2OutboxSql implements OutboxSql {
  private static final String DUE =
      "from OutboxMessageEntity m where m.channel = :channel and m.givenUpAt is null"
          + " and m.dueAt <= :now order by m.dueAt, m.id";

  // The due time read before works as a version: only one of two racing claimers matches it.
  private static final String LEASE_IF_UNCHANGED =
      "update OutboxMessageEntity m set m.dueAt = :leaseEnd"
          + " where m.id = :id and m.dueAt = :seenDueAt and m.givenUpAt is null";

  @Override
  public List<OutboxMessageEntity> claim(
      Session session, String channel, int max, Instant now, Instant leaseEnd) {
    List<OutboxMessageEntity> due =
        session
            .createSelectionQuery(DUE, OutboxMessageEntity.class)
            .setParameter("channel", channel)
            .setParameter("now", now)
            .setMaxResults(max)
            .setReadOnly(true)
            .getResultList();
    List<OutboxMessageEntity> claimed = new ArrayList<>();
    for (OutboxMessageEntity row : due) {
      int leased =
          session
              .createMutationQuery(LEASE_IF_UNCHANGED)
              .setParameter("leaseEnd", leaseEnd)
              .setParameter("id", row.id)
              .setParameter("seenDueAt", row.dueAt)
              .executeUpdate();
      if (leased == 1) {
        claimed.add(row);
      }
    }
    return claimed;
  }
}
