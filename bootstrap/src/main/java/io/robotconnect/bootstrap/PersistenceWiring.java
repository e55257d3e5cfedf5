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
final class PersistenceWiring {
  private PersistenceWiring() {}

  static Database wire(Wiring w) {
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
    Bindings b = w.bindings();
    b.bind(Database.class, database);
    b.bind(DatabaseHealthPort.class, database::isReachable);
    b.bind(UnitOfWork.class, database.unitOfWork());
    b.bind(OwnerRepository.class, database.owners());
    b.bind(RobotRepository.class, database.robots());
    b.bind(TriggerIdentityRepository.class, database.triggerIdentities());
    b.bind(TriggerEventRepository.class, database.triggerEvents());
    b.bind(PollTimelineRepository.class, database.pollTimelines());
    b.bind(OutboxRepository.class, database.outbox());
    bindDeadLetters(b);
    return database;
  }

  /** The admin API's dead letters; a retried one wakes its channel's worker. */
  private static void bindDeadLetters(Bindings b) {
    OutboxSignal signal =
        b.has(OutboxSignal.class)
            ? b.get(OutboxSignal.class)
            : b.bind(OutboxSignal.class, new OutboxSignal());
    DeadLetterService deadLetters =
        new DeadLetterService(b.get(OutboxRepository.class), b.get(UnitOfWork.class), signal);
    b.bind(ListDeadLettersUseCase.class, deadLetters);
    b.bind(RetryDeadLettersUseCase.class, deadLetters);
  }
}
