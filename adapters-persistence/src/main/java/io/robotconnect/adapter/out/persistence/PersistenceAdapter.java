package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.DatabaseHealthPort;
import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.OwnerSessionRepository;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.port.out.script.ScriptRunRepository;
import java.time.Instant;
import java.util.function.Function;

/**
 * The persistence adapter's one entry point: starts the database (migrated at start) and hands out
 * the ports it implements. One per process; {@link #close()} it at shutdown.
 */
public final class PersistenceAdapter implements AutoCloseable {
  private final Database database;
  private final UnitOfWork unitOfWork;
  private final OwnerRepository owners;
  private final RobotRepository robots;
  private final TriggerIdentityRepository triggerIdentities;
  private final TriggerEventRepository triggerEvents;
  private final PollTimelineRepository pollTimelines;
  private final OutboxRepository outbox;
  private final OwnerSessionRepository ownerSessions;
  private final AuthorizationCodeRepository authorizationCodes;
  private final OAuthTokenRepository tokens;
  private final ConnectionRepository connections;
  private final UserConnectionRepository userConnections;
  private final WebhookReceiptRepository webhookReceipts;
  private final ConnectionTriggerEventRepository connectionTriggerEvents;
  private final ScriptRunRepository scriptRuns;

  private PersistenceAdapter(Database database, ObjectMapper json, ClockPort clock) {
    this.database = database;
    SessionContext context = database.context();
    TriggerSql triggerSql = database.dialect().triggerSql();
    ConnectionSql connectionSql = database.dialect().connectionSql();
    RetentionSql retentionSql = database.dialect().retentionSql();
    JsonMaps maps = new JsonMaps(json);
    TriggerEventMapper eventMapper = new TriggerEventMapper(maps);
    ConnectionMapper connectionMapper = new ConnectionMapper(new ConnectionDocuments(json), maps);

    this.unitOfWork = new HibernateUnitOfWork(context);
    this.owners = new HibernateOwnerRepository(context);
    this.robots = new HibernateRobotRepository(context);
    this.triggerIdentities =
        new HibernateTriggerIdentityRepository(
            context, triggerSql, new TriggerIdentityMapper(maps));
    this.triggerEvents = new JdbcTriggerEventRepository(context, triggerSql, eventMapper);
    this.pollTimelines = new JdbcPollTimelineRepository(context, eventMapper);
    this.outbox =
        new HibernateOutboxRepository(
            context, database.dialect().outboxSql(), retentionSql, clock, json);
    this.ownerSessions = new HibernateOwnerSessionRepository(context, retentionSql);
    this.authorizationCodes = new HibernateAuthorizationCodeRepository(context, retentionSql);
    this.tokens = new HibernateOAuthTokenRepository(context);
    this.connections = new HibernateConnectionRepository(context, connectionSql, connectionMapper);
    this.userConnections =
        new HibernateUserConnectionRepository(context, connectionSql, connectionMapper);
    this.webhookReceipts =
        new HibernateWebhookReceiptRepository(context, connectionSql, retentionSql);
    this.connectionTriggerEvents =
        new HibernateConnectionTriggerEventRepository(context, connectionSql, connectionMapper);
    this.scriptRuns =
        new HibernateScriptRunRepository(
            context, database.dialect().scriptRunSql(), retentionSql, new ScriptRunMapper(json));
  }

  /**
   * Starts with the system clock and a metrics registry of its own (for tools and tests); see
   * {@link #start(DatabaseSettings, ObjectMapper, ClockPort, MeterRegistry)}.
   */
  public static PersistenceAdapter start(DatabaseSettings settings, ObjectMapper json) {
    return start(settings, json, Instant::now, new SimpleMeterRegistry());
  }

  /**
   * Connects, applies the Liquibase changelogs, builds Hibernate and the repositories.
   *
   * @param json the platform's mapper, for the JSON columns (maps and connection documents)
   * @param clock the time at which outbox messages become due when enqueued
   * @param metrics where the connection pool publishes its metrics ({@code hikaricp_...})
   * @throws DatabaseUnavailableException when the database cannot be reached or migrated
   */
  public static PersistenceAdapter start(
      DatabaseSettings settings, ObjectMapper json, ClockPort clock, MeterRegistry metrics) {
    Database database = Database.start(settings, metrics);
    try {
      return new PersistenceAdapter(database, json, clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Whether a {@code SELECT 1} answers within two seconds (for readiness and status). */
  public DatabaseHealthPort health() {
    return database::isReachable;
  }

  /** Transactions spanning several repository calls on the current thread. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public OwnerRepository owners() {
    return owners;
  }

  public RobotRepository robots() {
    return robots;
  }

  public TriggerIdentityRepository triggerIdentities() {
    return triggerIdentities;
  }

  public TriggerEventRepository triggerEvents() {
    return triggerEvents;
  }

  public PollTimelineRepository pollTimelines() {
    return pollTimelines;
  }

  public OutboxRepository outbox() {
    return outbox;
  }

  public OwnerSessionRepository ownerSessions() {
    return ownerSessions;
  }

  public AuthorizationCodeRepository authorizationCodes() {
    return authorizationCodes;
  }

  public OAuthTokenRepository tokens() {
    return tokens;
  }

  public ConnectionRepository connections() {
    return connections;
  }

  public UserConnectionRepository userConnections() {
    return userConnections;
  }

  public WebhookReceiptRepository webhookReceipts() {
    return webhookReceipts;
  }

  public ConnectionTriggerEventRepository connectionTriggerEvents() {
    return connectionTriggerEvents;
  }

  /** The runs of runtime scripts: starts, call journals and run records. */
  public ScriptRunRepository scriptRuns() {
    return scriptRuns;
  }

  /** Builds a repository of this package on the adapter's sessions (for this package's tests). */
  <T> T repository(Function<SessionContext, T> factory) {
    return factory.apply(database.context());
  }

  /** Closes Hibernate and the connection pool. */
  @Override
  public void close() {
    database.close();
  }
}
