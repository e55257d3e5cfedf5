package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.PollTimeline;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.domain.trigger.TimelineLimit;
import io.robotconnect.domain.trigger.TriggerEvent;
import io.robotconnect.domain.trigger.TriggerSubject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A poll's read as one statement: the timeline query of {@link HibernateTriggerEventRepository},
 * with the identity check as a scalar subquery the database evaluates once. Only an empty timeline
 * (no row to carry the check) costs a second statement, and a limit of 0 only the check.
 */
final class JdbcPollTimelineRepository implements PollTimelineRepository {
  private static final String CURRENT_IDENTITY =
      "select count(*) from trigger_identities"
          + " where id = ? and owner_id = ? and fields_key = ? and deleted_at is null";

  /** Columns 1-3 as the timeline query's, then 1 when the identity is current, else 0. */
  static final String TIMELINE_WITH_IDENTITY =
      "select event_id, ingredients, occurred_at, ("
          + CURRENT_IDENTITY
          + ")"
          + HibernateTriggerEventRepository.timelineFrom();

  private final SessionContext context;

  JdbcPollTimelineRepository(SessionContext context) {
    this.context = context;
  }

  @Override
  public PollTimeline read(String identityId, TriggerSubject subject, TimelineLimit limit) {
    String owner = subject.owner().value();
    String fieldsKey = subject.fieldsKey();
    return context.read(
        connection -> {
          if (limit.value() == 0) {
            return new PollTimeline(List.of(), isCurrent(connection, identityId, owner, fieldsKey));
          }
          List<TriggerEvent> events = new ArrayList<>(limit.value());
          boolean current = false;
          try (PreparedStatement read = connection.prepareStatement(TIMELINE_WITH_IDENTITY)) {
            bindIdentity(read, identityId, owner, fieldsKey);
            read.setString(4, owner);
            read.setString(5, subject.triggerSlug());
            read.setString(6, fieldsKey);
            read.setInt(7, limit.value());
            try (ResultSet rows = read.executeQuery()) {
              while (rows.next()) {
                events.add(TriggerEventMapper.toEvent(subject, rows));
                current = rows.getInt(4) > 0;
              }
            }
          }
          if (events.isEmpty()) {
            current = isCurrent(connection, identityId, owner, fieldsKey);
          }
          return new PollTimeline(events, current);
        });
  }

  private static boolean isCurrent(
      Connection connection, String identityId, String owner, String fieldsKey)
      throws SQLException {
    try (PreparedStatement check = connection.prepareStatement(CURRENT_IDENTITY)) {
      bindIdentity(check, identityId, owner, fieldsKey);
      try (ResultSet row = check.executeQuery()) {
        return row.next() && row.getInt(1) > 0;
      }
    }
  }

  private static void bindIdentity(
      PreparedStatement statement, String identityId, String owner, String fieldsKey)
      throws SQLException {
    statement.setString(1, identityId);
    statement.setString(2, owner);
    statement.setString(3, fieldsKey);
  }
}
