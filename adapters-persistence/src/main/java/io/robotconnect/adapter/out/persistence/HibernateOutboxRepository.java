package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class HibernateOutboxRepository implements OutboxRepository {
  static final int MAX_ERROR_LENGTH = 2000;

  private static final Logger LOG = LoggerFactory.getLogger(HibernateOutboxRepository.class);

  // The excerpt is cut in the database, so a list never reads whole payloads.
  private static final String DEAD_LETTERS =
      "select m.id, m.channel, m.attempts, m.lastError, m.createdAt, m.givenUpAt,"
          + " substring(m.payload, 1, "
          + DeadLetter.EXCERPT_CHARS
          + "), length(m.payload) from OutboxMessageEntity m"
          + " where m.givenUpAt is not null and m.id > :after";

  private static final String REVIVE =
      "update OutboxMessageEntity m set m.givenUpAt = null, m.attempts = 0, m.dueAt = :now"
          + " where m.givenUpAt is not null";

  private static final String GIVE_UP =
      "update OutboxMessageEntity m set m.givenUpAt = :now, m.lastError = :error,"
          + " m.attempts = m.attempts + 1 where m.id = :id";

  // one pass over the table, which holds only what is still to go out and dead letters
  private static final String DEPTHS =
      "select m.channel,"
          + " sum(case when m.givenUpAt is null then 1 else 0 end),"
          + " sum(case when m.givenUpAt is not null then 1 else 0 end),"
          + " min(case when m.givenUpAt is null and m.dueAt <= :now then m.dueAt else null end)"
          + " from OutboxMessageEntity m group by m.channel";

  private static final String INSERT =
      "insert into outbox_messages (channel, payload, attempts, due_at, created_at)"
          + " values (?, ?, 0, ?, ?)";

  /** Dead letters by the time they were given up: the partial index of 008 holds only them. */
  private static final RetentionSql.Purgeable DEAD_LETTERS_GIVEN_UP_BEFORE =
      new RetentionSql.Purgeable("outbox_messages", "given_up_at is not null and given_up_at < ?");

  private final SessionContext context;
  private final ClockPort clock;
  private final OutboxPayloadJson payloads;
  private final OutboxSql sql;
  private final RetentionSql retention;

  HibernateOutboxRepository(
      SessionContext context,
      OutboxSql sql,
      RetentionSql retention,
      ClockPort clock,
      ObjectMapper json) {
    this.context = context;
    this.clock = clock;
    this.payloads = new OutboxPayloadJson(json);
    this.sql = sql;
    this.retention = retention;
  }

  @Override
  public void enqueue(OutboxPayload payload) {
    String channel = payload.channel().name();
    String text = payloads.write(payload);
    OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
    // Plain JDBC on the transaction's connection: enqueueing sits on the robot-event path.
    context.run(
        session ->
            session.doWork(
                connection -> {
                  try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, channel);
                    insert.setString(2, text);
                    insert.setObject(3, now);
                    insert.setObject(4, now);
                    insert.executeUpdate();
                  }
                }));
  }

  @Override
  public <P extends OutboxPayload> List<OutboxMessage<P>> claim(
      OutboxChannel<P> channel, int max, Instant now, Duration lease) {
    if (max <= 0) {
      return List.of();
    }
    Instant leaseEnd = now.plus(lease);
    return context.call(
        session -> {
          List<OutboxMessage<P>> claimed = new ArrayList<>();
          for (OutboxMessageEntity row : sql.claim(session, channel.name(), max, now, leaseEnd)) {
            try {
              P payload = payloads.read(channel, row.payload);
              claimed.add(OutboxMessageMapper.toDomain(row, payload));
            } catch (IllegalArgumentException unreadable) {
              deadLetterUnreadable(session, channel, row, unreadable.getMessage());
            }
          }
          return claimed;
        });
  }

  /** A payload no handler could make sense of fails alone, at once, and stays for ops to see. */
  private void deadLetterUnreadable(
      Session session, OutboxChannel<?> channel, OutboxMessageEntity row, String why) {
    String error = "unreadable payload: " + why;
    LOG.warn("outbox channel {}: message {} dead-lettered: {}", channel, row.id, error);
    session
        .createMutationQuery(GIVE_UP)
        .setParameter("now", clock.now())
        .setParameter("error", truncate(error))
        .setParameter("id", row.id)
        .executeUpdate();
  }

  @Override
  public void delivered(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    context.run(
        session ->
            session
                .createMutationQuery("delete from OutboxMessageEntity m where m.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate());
  }

  @Override
  public void retryLater(long id, Instant dueAt, String lastError) {
    context.run(
        session ->
            session
                .createMutationQuery(
                    "update OutboxMessageEntity m set m.dueAt = :dueAt,"
                        + " m.attempts = m.attempts + 1, m.lastError = :error where m.id = :id")
                .setParameter("dueAt", dueAt)
                .setParameter("error", truncate(lastError))
                .setParameter("id", id)
                .executeUpdate());
  }

  @Override
  public void giveUp(long id, String lastError) {
    Instant now = clock.now();
    context.run(
        session ->
            session
                .createMutationQuery(GIVE_UP)
                .setParameter("now", now)
                .setParameter("error", truncate(lastError))
                .setParameter("id", id)
                .executeUpdate());
  }

  @Override
  public List<DeadLetter> deadLetters(Optional<String> channel, long afterId, int max) {
    if (max <= 0) {
      return List.of();
    }
    String query = DEAD_LETTERS + (channel.isPresent() ? " and m.channel = :channel" : "");
    return context.call(
        session -> {
          var select =
              session
                  .createSelectionQuery(query + " order by m.id", Object[].class)
                  .setParameter("after", afterId)
                  .setMaxResults(max)
                  .setReadOnly(true);
          channel.ifPresent(c -> select.setParameter("channel", c));
          return select.getResultList().stream()
              .map(HibernateOutboxRepository::deadLetter)
              .toList();
        });
  }

  private static DeadLetter deadLetter(Object[] row) {
    return new DeadLetter(
        (Long) row[0],
        (String) row[1],
        (Integer) row[2],
        (String) row[3],
        (Instant) row[4],
        (Instant) row[5],
        (String) row[6],
        ((Number) row[7]).intValue());
  }

  @Override
  public Optional<String> revive(long id) {
    Instant now = clock.now();
    return context.call(
        session -> {
          OutboxMessageEntity row = session.get(OutboxMessageEntity.class, id);
          if (row == null || row.givenUpAt == null) {
            return Optional.empty();
          }
          session.detach(row);
          int revived =
              session
                  .createMutationQuery(REVIVE + " and m.id = :id")
                  .setParameter("now", now)
                  .setParameter("id", id)
                  .executeUpdate();
          return revived == 1 ? Optional.of(row.channel) : Optional.<String>empty();
        });
  }

  @Override
  public int reviveAll(String channel) {
    Instant now = clock.now();
    return context.call(
        session ->
            session
                .createMutationQuery(REVIVE + " and m.channel = :channel")
                .setParameter("now", now)
                .setParameter("channel", channel)
                .executeUpdate());
  }

  @Override
  public int purgeDeadLetters(Instant givenUpBefore, int max) {
    return retention.deleteBatch(context, DEAD_LETTERS_GIVEN_UP_BEFORE, givenUpBefore, max);
  }

  @Override
  public long pending(OutboxChannel<?> channel) {
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "select count(m) from OutboxMessageEntity m"
                        + " where m.channel = :channel and m.givenUpAt is null",
                    Long.class)
                .setParameter("channel", channel.name())
                .getSingleResult());
  }

  @Override
  public List<OutboxDepth> depths(Instant now) {
    return context.call(
        session ->
            session
                .createSelectionQuery(DEPTHS, Object[].class)
                .setParameter("now", now)
                .setReadOnly(true)
                .getResultList()
                .stream()
                .map(
                    row ->
                        new OutboxDepth(
                            (String) row[0],
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            Optional.ofNullable((Instant) row[3])))
                .toList());
  }

  private static String truncate(String error) {
    if (error == null || error.length() <= MAX_ERROR_LENGTH) {
      return error;
    }
    return error.substring(0, MAX_ERROR_LENGTH);
  }
}
