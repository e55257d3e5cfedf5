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
 * A poll's read as one statement: first a row that says whether the polling identity is current,
 * then the rows of the timeline query of {@link HibernateTriggerEventRepository}. The answer to the
 * identity check travels once, not on every event's row, and an empty timeline costs nothing more.
 */
final class JdbcPollTimelineRepository implements PollTimelineRepository {
  /**
   * The identity's row has no event id and says in column 4 whether the identity is current; the
   * events' rows follow newest first, columns 1-3 as the timeline query's and column 4 null. Both
   * databases append union all's branches in order, without sorting (the contract tests check the
   * order). exists, not count(*): PostgreSQL then builds no aggregate node, as it would per poll.
   */
  static final String IDENTITY_THEN_TIMELINE =
      "select null, null, null, exists (select 1 from trigger_identities"
          + " where id = ? and owner_id = ? and fields_key = ? and deleted_at is null)"
          + " union all (select event_id, ingredients, occurred_at, null"
          + HibernateTriggerEventRepository.timelineFrom()
          + ")";

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
          List<TriggerEvent> events = new ArrayList<>(limit.value());
          boolean current = false;
          try (PreparedStatement read = connection.prepareStatement(IDENTITY_THEN_TIMELINE)) {
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
                  events.add(TriggerEventMapper.toEvent(subject, rows));
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
