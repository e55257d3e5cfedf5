package io.robotconnect.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/**
 * H2's trigger SQL: {@code merge ... key} for upserts; no insert-or-skip, so appends look for the
 * stored ids first (H2 serves one process per database file).
 */
final class H2TriggerSql extends TriggerSql {
  private static final String UPSERT_IDENTITY =
      "merge into trigger_identities"
          + " (id, owner_id, trigger_slug, fields_key, fields, registered_at, deleted_at)"
          + " key (id) values (:id, :owner, :slug, :fieldsKey, :fields, :registeredAt,"
          + " :deletedAt)";

  /** Two appends of one new id may both find it absent; the loser's insert hits the key. */
  @Override
  boolean insertUnlessPresent(SessionContext context, TriggerEventEntity row) {
    try {
      return super.insertUnlessPresent(context, row);
    } catch (ConstraintViolationException raceLostToTheSameId) {
      return false;
    }
  }

  @Override
  List<Boolean> insertUnlessPresent(Connection connection, List<TriggerEventEntity> rows)
      throws SQLException {
    Set<String> existing = storedIds(connection, rows);
    List<Boolean> stored = new ArrayList<>(rows.size());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
      boolean any = false;
      for (TriggerEventEntity row : rows) {
        boolean isNew = existing.add(row.eventId);
        stored.add(isNew);
        if (isNew) {
          bindEvent(insert, row);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
    return stored;
  }

  private static Set<String> storedIds(Connection connection, List<TriggerEventEntity> rows)
      throws SQLException {
    InList<String> ids = InList.of(rows.stream().map(row -> row.eventId).toList());
    Set<String> existing = new HashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select event_id from trigger_events where event_id in (" + ids.placeholders() + ")")) {
      ids.bind(select, 1, PreparedStatement::setString);
      try (ResultSet found = select.executeQuery()) {
        while (found.next()) {
          existing.add(found.getString(1));
        }
      }
    }
    return existing;
  }

  @Override
  String upsertIdentity() {
    return UPSERT_IDENTITY;
  }
}
