package io.robotconnect.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The retention purge's batched delete, where PostgreSQL and H2 differ: how one statement is kept
 * to a batch of rows. Each batch runs in a short transaction of its own (or the caller's), so a
 * purge never holds many locks, nor for long.
 */
abstract sealed class RetentionSql permits PostgresRetentionSql, H2RetentionSql {

  /**
   * A table and the condition on its rows under which they are purged, with one parameter, the
   * bound (e.g. {@code expires_at <= ?}); an index should lead with the bound's column.
   */
  record Purgeable(String table, String condition) {}

  /**
   * Deletes up to {@code max} rows of the table that meet its condition at {@code bound}; returns
   * how many.
   */
  final int deleteBatch(SessionContext context, Purgeable rows, Instant bound, int max) {
    if (max <= 0) {
      return 0;
    }
    String sql = batchDelete(rows);
    OffsetDateTime at = bound.atOffset(ZoneOffset.UTC);
    return context.call(
        session ->
            session.doReturningWork(
                connection -> {
                  try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    bind(delete, at, max);
                    return delete.executeUpdate();
                  }
                }));
  }

  /** The delete statement of one batch of the rows. */
  abstract String batchDelete(Purgeable rows);

  /** Binds the bound and the batch size to {@link #batchDelete}'s statement. */
  abstract void bind(PreparedStatement delete, OffsetDateTime bound, int max)
      throws java.sql.SQLException;
}
