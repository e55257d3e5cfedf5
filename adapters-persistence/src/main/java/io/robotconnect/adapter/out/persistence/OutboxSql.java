package io.robotconnect.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/** The outbox's SQL where PostgreSQL and H2 differ: how claimers avoid taking the same rows. */
interface OutboxSql {

  /**
   * Leases up to {@code max} due rows of the channel until {@code leaseEnd}, oldest first, and
   * returns them as they were before (their due time is the one they were claimed at).
   */
  List<OutboxMessageEntity> claim(
      Session session, String channel, int max, Instant now, Instant leaseEnd);
}
