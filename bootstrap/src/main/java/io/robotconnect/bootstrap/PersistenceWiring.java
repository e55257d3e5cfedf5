package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.persistence.DatabaseSettings;
import io.robotconnect.adapter.out.persistence.DatabaseUnavailableException;
import io.robotconnect.adapter.out.persistence.PersistenceAdapter;
import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.out.AuthorizationCodeRepository;
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
import io.robotconnect.application.service.DeadLetterService;
import io.robotconnect.application.service.OutboxSignal;
import java.time.Instant;

/** The database, migrated at start, and the repositories on it. */
public final class PersistenceWiring {
  private PersistenceWiring() {}

  /** What the persistence step provides to the later steps and the REST resources. */
  public record Provided(
      DatabaseHealthPort health,
      UnitOfWork unitOfWork,
      OwnerRepository owners,
      RobotRepository robots,
      TriggerIdentityRepository triggerIdentities,
      TriggerEventRepository triggerEvents,
      PollTimelineRepository pollTimelines,
      OutboxRepository outbox,
      OutboxSignal outboxSignal,
      ListDeadLettersUseCase listDeadLetters,
      RetryDeadLettersUseCase retryDeadLetters,
      OwnerSessionRepository ownerSessions,
      AuthorizationCodeRepository authorizationCodes,
      OAuthTokenRepository tokens,
      ConnectionRepository connections,
      UserConnectionRepository userConnections,
      WebhookReceiptRepository webhookReceipts,
      ConnectionTriggerEventRepository connectionTriggerEvents,
      ScriptRunRepository scriptRuns) {}

  static Provided wire(Wiring w) {
    CoreSettings core = w.core();
    PersistenceAdapter persistence;
    try {
      persistence =
          PersistenceAdapter.start(
              new DatabaseSettings(
                  core.dbUrl(), core.dbUser(), core.dbPassword(), core.dbPoolSize()),
              w.json(),
              Instant::now,
              w.metrics());
    } catch (DatabaseUnavailableException e) {
      throw new ConfigurationException("ROBOTCONNECT_DB_URL", e.getMessage(), e);
    }
    w.lifecycle().onClose("database", persistence);
    // a retried dead letter wakes its channel's worker through the signal
    OutboxSignal signal = new OutboxSignal();
    DeadLetterService deadLetters =
        new DeadLetterService(persistence.outbox(), persistence.unitOfWork(), signal);
    return new Provided(
        persistence.health(),
        persistence.unitOfWork(),
        persistence.owners(),
        persistence.robots(),
        persistence.triggerIdentities(),
        persistence.triggerEvents(),
        persistence.pollTimelines(),
        persistence.outbox(),
        signal,
        deadLetters,
        deadLetters,
        persistence.ownerSessions(),
        persistence.authorizationCodes(),
        persistence.tokens(),
        persistence.connections(),
        persistence.userConnections(),
        persistence.webhookReceipts(),
        persistence.connectionTriggerEvents(),
        persistence.scriptRuns());
  }
}
