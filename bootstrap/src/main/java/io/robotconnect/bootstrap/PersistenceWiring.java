package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.persistence.Database;
import io.robotconnect.adapter.out.persistence.DatabaseSettings;
import io.robotconnect.adapter.out.persistence.DatabaseUnavailableException;
import io.robotconnect.application.port.in.ListDeadLettersUseCase;
import io.robotconnect.application.port.in.RetryDeadLettersUseCase;
import io.robotconnect.application.port.out.DatabaseHealthPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.PollTimelineRepository;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.DeadLetterService;
import io.robotconnect.application.service.OutboxSignal;

/** The database, migrated at start, and the repositories on it. */
public final class PersistenceWiring {
  private PersistenceWiring() {}

  /** What the persistence step provides to the later steps and the REST resources. */
  public record Provided(
      Database database,
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
      RetryDeadLettersUseCase retryDeadLetters) {}

  static Provided wire(Wiring w) {
    CoreSettings core = w.core();
    Database database;
    try {
      database =
          Database.start(
              new DatabaseSettings(
                  core.dbUrl(), core.dbUser(), core.dbPassword(), core.dbPoolSize()));
    } catch (DatabaseUnavailableException e) {
      throw new ConfigurationException("ROBOTCONNECT_DB_URL", e.getMessage(), e);
    }
    w.lifecycle().onClose("database", database);
    // a retried dead letter wakes its channel's worker through the signal
    OutboxSignal signal = new OutboxSignal();
    OutboxRepository outbox = database.outbox(w.json());
    DeadLetterService deadLetters = new DeadLetterService(outbox, database.unitOfWork(), signal);
    return new Provided(
        database,
        database::isReachable,
        database.unitOfWork(),
        database.owners(),
        database.robots(),
        database.triggerIdentities(),
        database.triggerEvents(),
        database.pollTimelines(),
        outbox,
        signal,
        deadLetters,
        deadLetters);
  }
}
