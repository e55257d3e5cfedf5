package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

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
