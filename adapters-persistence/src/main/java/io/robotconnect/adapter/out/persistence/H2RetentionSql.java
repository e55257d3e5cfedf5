package io.robotconnect.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** H2 limits a delete itself ({@code fetch first n rows only}). */
final class H2RetentionSql extends RetentionSql {

  @Override
  String batchDelete(Purgeable rows) {
    return "delete from "
        + rows.table()
        + " where "
        + rows.condition()
        + " fetch first ? rows only";
  }

  @Override
  void bind(PreparedStatement delete, OffsetDateTime bound, int max) throws SQLException {
    delete.setObject(1, bound);
    delete.setInt(2, max);
  }
}
