package io.robotconnect.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's trigger SQL: {@code on conflict}, which leaves the surrounding transaction usable,
 * unlike a failed insert, and lets several nodes append and register at once.
 */
final class PostgresTriggerSql extends TriggerSql {
  private static final String INSERT_EVENT_UNLESS_PRESENT =
      INSERT_EVENT + " on conflict (event_id) do nothing";

  private static final String UPSERT_IDENTITY =
      "insert into trigger_identities"
          + " (id, owner_id, trigger_slug, fields_key, fields, registered_at, deleted_at)"
          + " values (:id, :owner, :slug, :fieldsKey, :fields, :registeredAt, :deletedAt)"
          + " on conflict (id) do update set owner_id = excluded.owner_id,"
          + " trigger_slug = excluded.trigger_slug, fields_key = excluded.fields_key,"
          + " fields = excluded.fields, registered_at = excluded.registered_at,"
          + " deleted_at = excluded.deleted_at";

  @Override
  List<Boolean> insertUnlessPresent(Connection connection, List<TriggerEventEntity> rows)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT_UNLESS_PRESENT)) {
      for (TriggerEventEntity row : rows) {
        bindEvent(insert, row);
        insert.addBatch();
      }
      int[] counts = insert.executeBatch();
      List<Boolean> stored = new ArrayList<>(rows.size());
      for (int count : counts) {
        stored.add(count == 1);
      }
      return stored;
    }
  }

  @Override
  String upsertIdentity() {
    return UPSERT_IDENTITY;
  }
}
