package io.robotconnect.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The SQL of the trigger tables ({@code trigger_identities}, {@code trigger_events}). The poll and
 * voice-command paths read and append in plain JDBC: one prepared statement per call (the driver
 * keeps it prepared per connection) and no entity machinery, which is what keeps a poll's read in a
 * few hundred microseconds. Those statements are the same on both databases; idempotent inserts and
 * upserts are not, and each database's subclass writes them its way.
 */
abstract sealed class TriggerSql permits PostgresTriggerSql, H2TriggerSql {
  /** The timeline query after its select list; parameters owner, trigger, fields key, limit. */
  private static final String TIMELINE_FROM =
      " from trigger_events where owner_id = ? and trigger_slug = ? and fields_key = ?"
          + " order by occurred_at desc, event_id desc limit ?";

  /**
   * A subject's newest events ({@code event_id, ingredients, occurred_at}), served by index {@code
   * ix_trigger_events_timeline}: it reads only the rows it returns, and on PostgreSQL only the
   * index, which includes every column selected here (changelog 006).
   */
  static final String TIMELINE = "select event_id, ingredients, occurred_at" + TIMELINE_FROM;

  /**
   * A poll's read as one statement: first a row that says in column 4 whether the polling identity
   * (parameters id, owner, fields key) is current and has no event id, then the timeline's rows,
   * newest first, columns 1-3 as {@link #TIMELINE}'s and column 4 null. Both databases append union
   * all's branches in order, without sorting (the contract tests check the order). exists, not
   * count(*): PostgreSQL then builds no aggregate node, as it would per poll.
   */
  static final String IDENTITY_THEN_TIMELINE =
      "select null, null, null, exists (select 1 from trigger_identities"
          + " where id = ? and owner_id = ? and fields_key = ? and deleted_at is null)"
          + " union all (select event_id, ingredients, occurred_at, null"
          + TIMELINE_FROM
          + ")";

  /** The columns {@link TriggerIdentityMapper#toDomain(String, java.sql.ResultSet)} reads. */
  private static final String SELECT_IDENTITY =
      "select owner_id, trigger_slug, fields, registered_at, deleted_at, id from trigger_identities";

  /** One identity by id: a poll that must register or change its identity looks it up first. */
  static final String FIND_IDENTITY = SELECT_IDENTITY + " where id = ?";

  /** The columns {@link #bindEvent} binds, in its order. */
  static final String INSERT_EVENT =
      "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key, subject_fields,"
          + " ingredients, occurred_at) values (?, ?, ?, ?, ?, ?, ?)";

  /**
   * One batch of the retention sweep: up to {@code max} events older than a bound, oldest first
   * through index {@code ix_trigger_events_age} (changelog 009), each with whether its timeline
   * holds at least N newer events: a walk of at most N entries of the timeline index from the
   * subject's newest, the same walk a poll makes (the order makes it a walk in index order, which
   * stops after N, rather than a bitmap of every newer event). Parameters: N - 1, the bound, then
   * (with {@link #ROLLED_OFF_AFTER}) the position after which to go on, then {@code max}. Columns:
   * {@code occurred_at, event_id, rolled_off}.
   */
  static String rolledOff(boolean after) {
    return "select e.occurred_at, e.event_id, exists (select 1 from trigger_events n"
        + " where n.owner_id = e.owner_id and n.trigger_slug = e.trigger_slug"
        + " and n.fields_key = e.fields_key and n.occurred_at >= e.occurred_at"
        + " and (n.occurred_at > e.occurred_at or n.event_id > e.event_id)"
        + " order by n.occurred_at desc, n.event_id desc limit 1 offset ?)"
        + " from trigger_events e where e.occurred_at < ?"
        + (after ? ROLLED_OFF_AFTER : "")
        + " order by e.occurred_at, e.event_id limit ?";
  }

  /** Goes on after a position: parameters its time (twice) and its event id. */
  private static final String ROLLED_OFF_AFTER =
      " and e.occurred_at >= ? and (e.occurred_at > ? or e.event_id > ?)";

  /** Deletes the events of a padded id list (see {@link InList}). */
  static String deleteEvents(InList<String> ids) {
    return "delete from trigger_events where event_id in (" + ids.placeholders() + ")";
  }

  /** The identities of a padded id list (see {@link InList}). */
  static String findIdentities(InList<String> ids) {
    return SELECT_IDENTITY + " where id in (" + ids.placeholders() + ")";
  }

  /** Inserts one event unless an event with its id is stored: whether it was stored. */
  boolean insertUnlessPresent(SessionContext context, TriggerEventEntity row) {
    return context
        .call(
            session ->
                session.doReturningWork(
                    connection -> insertUnlessPresent(connection, List.of(row))))
        .get(0);
  }

  /**
   * Inserts the events whose ids are not stored yet, nor earlier in {@code rows}, on the
   * transaction's connection (plain JDBC: one round trip per batch, no flush of the session per
   * statement): per row, whether it was stored.
   */
  abstract List<Boolean> insertUnlessPresent(Connection connection, List<TriggerEventEntity> rows)
      throws SQLException;

  /**
   * Inserts an identity or replaces the row of its id: two polls of a new identity may race to
   * insert it, and the second must not fail. Named parameters {@code id, owner, slug, fieldsKey,
   * fields, registeredAt, deletedAt}.
   */
  abstract String upsertIdentity();

  static void bindEvent(PreparedStatement insert, TriggerEventEntity row) throws SQLException {
    insert.setString(1, row.eventId);
    insert.setString(2, row.ownerId);
    insert.setString(3, row.triggerSlug);
    insert.setString(4, row.fieldsKey);
    insert.setString(5, row.subjectFields);
    insert.setString(6, row.ingredients);
    insert.setObject(7, row.occurredAt.atOffset(ZoneOffset.UTC));
  }
}
