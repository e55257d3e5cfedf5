package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

final class HibernateTriggerEventRepository implements TriggerEventRepository {
  /**
   * Served by index {@code ix_trigger_events_timeline}; reads only the rows it returns, and on
   * PostgreSQL only the index, which includes every column selected here (changelog 006). Plain SQL
   * on the poll path: one prepared statement (the driver keeps it prepared per connection), no
   * entity machinery.
   */
  static final String TIMELINE = "select event_id, ingredients, occurred_at" + timelineFrom();

  /** The timeline query after its select list; parameters owner, trigger, fields key, limit. */
  static String timelineFrom() {
    return " from trigger_events where owner_id = ? and trigger_slug = ? and fields_key = ?"
        + " order by occurred_at desc, event_id desc limit ?";
  }

  // ON CONFLICT leaves the surrounding transaction usable, unlike a failed insert on PostgreSQL.
  private static final String INSERT_UNLESS_PRESENT_POSTGRES =
      "insert into trigger_events"
          + " (event_id, owner_id, trigger_slug, fields_key, subject_fields, ingredients,"
          + " occurred_at) values (:id, :owner, :slug, :fieldsKey, :fields, :ingredients,"
          + " :occurredAt) on conflict (event_id) do nothing";

  private static final int MAX_ROWS_PER_BATCH = 500;
  private static final String INSERT_JDBC =
      "insert into trigger_events (event_id, owner_id, trigger_slug, fields_key, subject_fields,"
          + " ingredients, occurred_at) values (?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_UNLESS_PRESENT_JDBC =
      INSERT_JDBC + " on conflict (event_id) do nothing";

  private final SessionContext context;

  HibernateTriggerEventRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public boolean append(TriggerEvent event) {
    TriggerEventEntity entity = TriggerEventMapper.toEntity(event);
    if (context.isPostgres()) {
      return context.call(session -> insertUnlessPresentPostgres(session, entity)) == 1;
    }
    try {
      return context.call(session -> insertUnlessPresent(session, entity));
    } catch (ConstraintViolationException raceLostToTheSameId) {
      return false;
    }
  }

  @Override
  public List<Boolean> appendAll(List<TriggerEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    List<Boolean> stored = new ArrayList<>(events.size());
    for (int from = 0; from < events.size(); from += MAX_ROWS_PER_BATCH) {
      List<TriggerEventEntity> rows =
          events.subList(from, Math.min(events.size(), from + MAX_ROWS_PER_BATCH)).stream()
              .map(TriggerEventMapper::toEntity)
              .toList();
      // Plain JDBC on the transaction's connection: no flush of the session per statement, one
      // round trip per batch.
      stored.addAll(
          context.call(
              session ->
                  session.doReturningWork(
                      connection ->
                          context.isPostgres()
                              ? insertAllUnlessPresentPostgres(connection, rows)
                              : insertAllUnlessPresent(connection, rows))));
    }
    return stored;
  }

  private static List<Boolean> insertAllUnlessPresentPostgres(
      Connection connection, List<TriggerEventEntity> rows) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_UNLESS_PRESENT_JDBC)) {
      for (TriggerEventEntity row : rows) {
        bind(insert, row);
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

  /** H2 (one process per database file): skips ids already stored, or earlier in the list. */
  private static List<Boolean> insertAllUnlessPresent(
      Connection connection, List<TriggerEventEntity> rows) throws SQLException {
    Set<String> existing = existingIds(connection, rows);
    List<Boolean> stored = new ArrayList<>(rows.size());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_JDBC)) {
      boolean any = false;
      for (TriggerEventEntity row : rows) {
        boolean isNew = existing.add(row.eventId);
        stored.add(isNew);
        if (isNew) {
          bind(insert, row);
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

  private static Set<String> existingIds(Connection connection, List<TriggerEventEntity> rows)
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

  private static void bind(PreparedStatement insert, TriggerEventEntity row) throws SQLException {
    insert.setString(1, row.eventId);
    insert.setString(2, row.ownerId);
    insert.setString(3, row.triggerSlug);
    insert.setString(4, row.fieldsKey);
    insert.setString(5, row.subjectFields);
    insert.setString(6, row.ingredients);
    insert.setObject(7, row.occurredAt.atOffset(ZoneOffset.UTC));
  }

  private static int insertUnlessPresentPostgres(Session session, TriggerEventEntity entity) {
    return session
        .createNativeMutationQuery(INSERT_UNLESS_PRESENT_POSTGRES)
        .setParameter("id", entity.eventId)
        .setParameter("owner", entity.ownerId)
        .setParameter("slug", entity.triggerSlug)
        .setParameter("fieldsKey", entity.fieldsKey)
        .setParameter("fields", entity.subjectFields)
        .setParameter("ingredients", entity.ingredients)
        .setParameter("occurredAt", entity.occurredAt)
        .executeUpdate();
  }

  private static boolean insertUnlessPresent(Session session, TriggerEventEntity entity) {
    if (session.get(TriggerEventEntity.class, entity.eventId) != null) {
      return false;
    }
    session.persist(entity);
    session.flush();
    return true;
  }

  @Override
  public List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit) {
    if (limit.value() == 0) {
      return List.of();
    }
    String fieldsKey = subject.fieldsKey();
    return context.read(
        connection -> {
          try (PreparedStatement timeline = connection.prepareStatement(TIMELINE)) {
            timeline.setString(1, subject.owner().value());
            timeline.setString(2, subject.triggerSlug());
            timeline.setString(3, fieldsKey);
            timeline.setInt(4, limit.value());
            try (ResultSet rows = timeline.executeQuery()) {
              return TriggerEventMapper.toTimeline(subject, rows, limit.value());
            }
          }
        });
  }
}
