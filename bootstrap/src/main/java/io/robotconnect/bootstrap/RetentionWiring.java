package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.PurgeExpiredDataUseCase;
import io.robotconnect.application.service.RetentionService;

/** The retention purge: what is kept how long, and the background purger that deletes the rest. */
public final class RetentionWiring {
  private RetentionWiring() {}

  /** The purge use case and the purger that runs it on its schedule. */
  public record Provided(PurgeExpiredDataUseCase purgeExpiredData, RetentionPurger purger) {}

  static Provided wire(Wiring w, PersistenceWiring.Provided persistence, CoreWiring.Provided core) {
    RetentionSettings settings = RetentionSettings.from(w.env());
    PurgeExpiredDataUseCase purge =
        new RetentionService(
            settings.policy(),
            persistence.outbox(),
            persistence.webhookReceipts(),
            persistence.triggerEvents(),
            persistence.ownerSessions(),
            persistence.authorizationCodes(),
            persistence.scriptRuns(),
            core.clock());
    RetentionPurger purger =
        w.lifecycle().onClose("retention purger", new RetentionPurger(purge, settings.schedule()));
    purger.start();
    return new Provided(purge, purger);
  }
}
