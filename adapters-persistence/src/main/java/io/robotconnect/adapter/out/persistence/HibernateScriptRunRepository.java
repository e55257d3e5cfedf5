package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.script.ScriptCall;
import io.robotconnect.application.port.out.script.ScriptCallResponse;
import io.robotconnect.application.port.out.script.ScriptReplay;
import io.robotconnect.application.port.out.script.ScriptReplay.Journaled;
import io.robotconnect.application.port.out.script.ScriptResult;
import io.robotconnect.application.port.out.script.ScriptRunCursor;
import io.robotconnect.application.port.out.script.ScriptRunPage;
import io.robotconnect.application.port.out.script.ScriptRunRecord;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import io.robotconnect.application.port.out.script.ScriptRunStart;
import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectionId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The runs of runtime scripts with their call journals (changelog 010). */
final class HibernateScriptRunRepository implements ScriptRunRepository {
  /** Through {@code ix_script_runs_started}; the calls go with their run (on delete cascade). */
  private static final RetentionSql.Purgeable FINISHED_BEFORE =
      new RetentionSql.Purgeable("script_runs", "outcome is not null and started_at < ?");

  private static final String JOURNAL_RESULT =
      "update ScriptRunCallEntity c set c.statusCode = :status, c.responseBody = :body,"
          + " c.unreachableMessage = :message where c.runId = :run and c.sequence = :sequence"
          + " and c.statusCode is null and c.unreachableMessage is null";

  private static final String FINISH =
      "update ScriptRunEntity r set r.outcome = :outcome, r.errorMessage = :message,"
          + " r.errorLine = :line, r.exceededLimit = :limit, r.warnings = :warnings,"
          + " r.calls = :calls, r.console = :console, r.durationNanos = :duration"
          + " where r.id = :id and r.outcome is null";

  private final SessionContext context;
  private final ScriptRunSql sql;
  private final RetentionSql retention;
  private final ScriptRunMapper mapper;

  HibernateScriptRunRepository(
      SessionContext context, ScriptRunSql sql, RetentionSql retention, ScriptRunMapper mapper) {
    this.context = context;
    this.sql = sql;
    this.retention = retention;
    this.mapper = mapper;
  }

  @Override
  public ScriptRunStart start(ScriptRunStart run) {
    if (sql.insertUnlessStarted(context, mapper.toEntity(run))) {
      return run;
    }
    return context.call(
        session ->
            mapper.toStart(
                session
                    .createSelectionQuery(
                        "from ScriptRunEntity r where r.connectionId = :connection"
                            + " and r.firedEventId = :event",
                        ScriptRunEntity.class)
                    .setParameter("connection", run.connectionId().value())
                    .setParameter("event", run.firedEventId())
                    .setReadOnly(true)
                    .getSingleResult()));
  }

  @Override
  public boolean journalSent(UUID runId, ScriptCall call) {
    Objects.requireNonNull(runId, "run id");
    return sql.insertUnlessJournaled(context, mapper.toEntity(runId, call));
  }

  @Override
  public boolean journalAnswered(UUID runId, int sequence, ScriptCallResponse response) {
    Objects.requireNonNull(response, "response");
    return journalResult(
        runId, sequence, response.statusCode(), mapper.responseBody(response), null);
  }

  @Override
  public boolean journalUnreachable(UUID runId, int sequence, String message) {
    TextRules.requireName(message, "message", Journaled.Unreachable.MAX_MESSAGE_LENGTH);
    return journalResult(runId, sequence, null, null, message);
  }

  private boolean journalResult(
      UUID runId, int sequence, Integer status, String body, String message) {
    return context.call(
            session ->
                session
                    .createMutationQuery(JOURNAL_RESULT)
                    .setParameter("status", status, Integer.class)
                    .setParameter("body", body, String.class)
                    .setParameter("message", message, String.class)
                    .setParameter("run", runId)
                    .setParameter("sequence", sequence)
                    .executeUpdate())
        == 1;
  }

  @Override
  public Optional<ScriptReplay> replay(UUID runId) {
    return context.call(
        session -> {
          ScriptRunEntity run = session.get(ScriptRunEntity.class, runId);
          if (run == null) {
            return Optional.empty();
          }
          Map<Integer, Journaled> journal = new LinkedHashMap<>();
          session
              .createSelectionQuery(
                  "from ScriptRunCallEntity c where c.runId = :run order by c.sequence",
                  ScriptRunCallEntity.class)
              .setParameter("run", runId)
              .setReadOnly(true)
              .getResultList()
              .forEach(call -> journal.put(call.sequence, mapper.toJournaled(call)));
          return Optional.of(new ScriptReplay(run.replayNow, run.randomSeed, journal));
        });
  }

  @Override
  public boolean finish(UUID runId, ScriptResult result) {
    ScriptRunEntity row = new ScriptRunEntity();
    mapper.writeResult(result, row);
    return context.call(
            session ->
                session
                    .createMutationQuery(FINISH)
                    .setParameter("outcome", row.outcome)
                    .setParameter("message", row.errorMessage, String.class)
                    .setParameter("line", row.errorLine, Integer.class)
                    .setParameter("limit", row.exceededLimit, String.class)
                    .setParameter("warnings", row.warnings)
                    .setParameter("calls", row.calls)
                    .setParameter("console", row.console)
                    .setParameter("duration", row.durationNanos)
                    .setParameter("id", runId)
                    .executeUpdate())
        == 1;
  }

  @Override
  public List<ScriptRunStart> unfinished(Instant startedBefore, int max) {
    if (max <= 0) {
      return List.of();
    }
    return context.call(
        session ->
            session
                .createSelectionQuery(
                    "from ScriptRunEntity r where r.outcome is null and r.startedAt < :before"
                        + " order by r.startedAt, r.id",
                    ScriptRunEntity.class)
                .setParameter("before", startedBefore)
                .setMaxResults(max)
                .setReadOnly(true)
                .getResultList()
                .stream()
                .map(mapper::toStart)
                .toList());
  }

  @Override
  public ScriptRunPage finished(
      Optional<ConnectionId> connection, Optional<ScriptRunCursor> after, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
    }
    // keyset paging, newest first: one walk of ix_script_runs_started or _connection per page
    String query =
        "from ScriptRunEntity r where r.outcome is not null"
            + (connection.isPresent() ? " and r.connectionId = :connection" : "")
            + (after.isPresent()
                ? " and (r.startedAt < :at or (r.startedAt = :at and r.id < :id))"
                : "")
            + " order by r.startedAt desc, r.id desc";
    List<ScriptRunRecord> page =
        context.call(
            session -> {
              var select =
                  session
                      .createSelectionQuery(query, ScriptRunEntity.class)
                      .setMaxResults(limit + 1)
                      .setReadOnly(true);
              connection.ifPresent(c -> select.setParameter("connection", c.value()));
              after.ifPresent(
                  a -> select.setParameter("at", a.startedAt()).setParameter("id", a.runId()));
              return select.getResultList().stream()
                  .map(row -> new ScriptRunRecord(mapper.toStart(row), mapper.toResult(row)))
                  .toList();
            });
    if (page.size() <= limit) {
      return new ScriptRunPage(page, Optional.empty());
    }
    List<ScriptRunRecord> shown = page.subList(0, limit);
    return new ScriptRunPage(shown, Optional.of(shown.get(limit - 1).cursor()));
  }

  @Override
  public int purgeFinishedBefore(Instant startedBefore, int max) {
    return retention.deleteBatch(context, FINISHED_BEFORE, startedBefore, max);
  }
}
