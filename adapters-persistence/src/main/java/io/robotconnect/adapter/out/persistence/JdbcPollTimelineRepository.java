package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.PollTimeline;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A poll's read as one statement ({@link TriggerSql#IDENTITY_THEN_TIMELINE}): first a row that says
 * whether the polling identity is current, then the subject's timeline. The answer to the identity
 * check travels once, not on every event's row, and an empty timeline costs nothing more. Plain
 * JDBC on purpose: every IFTTT poll of a trigger reads here, so the read is one prepared statement
 * on an auto-commit connection, with no session to open, no transaction to commit and no entities
 * to build (measured by {@code TimelineReadBenchmark}; plans checked by {@code
 * TimelineQueryPlanTest}).
 */
final class JdbcPollTimelineRepository implements PollTimelineRepository {
  private final SessionContext context;
  private final TriggerEventMapper mapper;

  JdbcPollTimelineRepository(SessionContext context, TriggerEventMapper mapper) {
    this.context = context;
    this.mapper = mapper;
  }

  @Override
  public PollTimeline read(String identityId, TriggerSubject subject, TimelineLimit limit) {
    String owner = subject.owner().value();
    String fieldsKey = subject.fieldsKey();
    return context.read(
        connection -> {
          List<TriggerEvent> events = new ArrayList<>(limit.value());
          boolean current = false;
          try (PreparedStatement read =
              connection.prepareStatement(TriggerSql.IDENTITY_THEN_TIMELINE)) {
            read.setString(1, identityId);
            read.setString(2, owner);
            read.setString(3, fieldsKey);
            read.setString(4, owner);
            read.setString(5, subject.triggerSlug());
            read.setString(6, fieldsKey);
            read.setInt(7, limit.value());
            try (ResultSet rows = read.executeQuery()) {
              while (rows.next()) {
                // column 4 is null on the events' rows: no event id to decode twice to tell them
                boolean check = rows.getBoolean(4);
                if (rows.wasNull()) {
                  events.add(mapper.toEvent(subject, rows));
                } else {
                  current = check;
                }
              }
            }
          }
          return new PollTimeline(events, current);
        });
  }
}
