package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trigger events, in plain JDBC: appends sit on the voice-command path and timeline reads on
 * the poll path, where Hibernate's machinery costs more than the statement itself.
 */
final class JdbcTriggerEventRepository implements TriggerEventRepository {
  private static final int MAX_ROWS_PER_BATCH = 500;

  private final SessionContext context;
  private final TriggerSql sql;
  private final TriggerEventMapper mapper;

  JdbcTriggerEventRepository(SessionContext context, TriggerSql sql, TriggerEventMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.mapper = mapper;
  }

  @Override
  public boolean append(TriggerEvent event) {
    return sql.insertUnlessPresent(context, mapper.toEntity(event));
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
              .map(mapper::toEntity)
              .toList();
      stored.addAll(
          context.call(
              session ->
                  session.doReturningWork(
                      connection -> sql.insertUnlessPresent(connection, rows))));
    }
    return stored;
  }

  /**
   * Reads the batch and deletes what rolled off in one short transaction. Under read committed a
   * concurrent purge (another node's) deletes only events with N newer ones too, so the N newest of
   * a timeline are never deleted by either.
   */
  @Override
  public PurgeSweep purgeRolledOff(
      Instant occurredBefore, int keepNewest, Optional<AgePosition> after, int max) {
    if (keepNewest < 1 || max < 1) {
      throw new IllegalArgumentException("keepNewest and max must be positive");
    }
    return context.call(
        session ->
            session.doReturningWork(
                connection -> sweep(connection, occurredBefore, keepNewest, after, max)));
  }

  private static PurgeSweep sweep(
      Connection connection,
      Instant occurredBefore,
      int keepNewest,
      Optional<AgePosition> after,
      int max)
      throws SQLException {
    List<String> rolledOff = new ArrayList<>();
    AgePosition last = null;
    int examined = 0;
    try (PreparedStatement select =
        connection.prepareStatement(TriggerSql.rolledOff(after.isPresent()))) {
      int p = 1;
      select.setInt(p++, keepNewest - 1);
      select.setObject(p++, occurredBefore.atOffset(ZoneOffset.UTC));
      if (after.isPresent()) {
        OffsetDateTime at = after.get().occurredAt().atOffset(ZoneOffset.UTC);
        select.setObject(p++, at);
        select.setObject(p++, at);
        select.setString(p++, after.get().eventId());
      }
      select.setInt(p, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          examined++;
          last =
              new AgePosition(
                  rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2));
          if (rows.getBoolean(3)) {
            rolledOff.add(last.eventId());
          }
        }
      }
    }
    int deleted = rolledOff.isEmpty() ? 0 : delete(connection, rolledOff);
    return new PurgeSweep(deleted, examined < max ? Optional.empty() : Optional.of(last));
  }

  private static int delete(Connection connection, List<String> eventIds) throws SQLException {
    InList<String> ids = InList.of(eventIds);
    try (PreparedStatement delete = connection.prepareStatement(TriggerSql.deleteEvents(ids))) {
      ids.bind(delete, 1, PreparedStatement::setString);
      return delete.executeUpdate();
    }
  }

  @Override
  public List<TriggerEvent> newest(TriggerSubject subject, TimelineLimit limit) {
    if (limit.value() == 0) {
      return List.of();
    }
    String fieldsKey = subject.fieldsKey();
    return context.read(
        connection -> {
          try (PreparedStatement timeline = connection.prepareStatement(TriggerSql.TIMELINE)) {
            timeline.setString(1, subject.owner().value());
            timeline.setString(2, subject.triggerSlug());
            timeline.setString(3, fieldsKey);
            timeline.setInt(4, limit.value());
            try (ResultSet rows = timeline.executeQuery()) {
              return mapper.toTimeline(subject, rows, limit.value());
            }
          }
        });
  }
}
