package io.robotconnect.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * PostgreSQL has no {@code delete ... limit}: the batch's rows are picked by their physical address
 * ({@code ctid}) in a subquery that the condition's index serves, and the condition is checked
 * again on the row deleted, so that a row changed meanwhile (a dead letter revived) is left alone.
 */
final class PostgresRetentionSql extends RetentionSql {

  @Override
  String batchDelete(Purgeable rows) {
    return "delete from "
        + rows.table()
        + " where ctid = any(array(select ctid from "
        + rows.table()
        + " where "
        + rows.condition()
        + " limit ?)) and "
        + rows.condition();
  }

  @Override
  void bind(PreparedStatement delete, OffsetDateTime bound, int max) throws SQLException {
    delete.setObject(1, bound);
    delete.setInt(2, max);
    delete.setObject(3, bound);
  }
}
