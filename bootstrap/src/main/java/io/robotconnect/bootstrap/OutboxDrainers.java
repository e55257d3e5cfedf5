package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.DrainOutboxUseCase;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;

/** Builds each outbox channel's drain use case and starts the background drainer that runs it. */
final class OutboxDrainers {
  private OutboxDrainers() {}

  /**
   * Starts draining a channel through {@code handler}, woken by the outbox signal whenever work is
   * enqueued on it and stopped when the application closes.
   */
  static void start(
      Wiring w,
      PersistenceWiring.Provided persistence,
      CoreWiring.Provided core,
      OutboxHandler handler,
      OutboxDrainService.Settings channel,
      OutboxDrainer.Settings schedule) {
    DrainOutboxUseCase drain =
        new OutboxDrainService(
            persistence.outbox(),
            persistence.unitOfWork(),
            core.clock(),
            handler,
            OutboxAttempts.applied(w.env(), channel));
    OutboxDrainer drainer =
        w.lifecycle()
            .onClose("outbox drainer " + drain.channel(), new OutboxDrainer(drain, schedule));
    persistence.outboxSignal().onEnqueued(drain.channel(), drainer::wake);
    drainer.start();
  }
}
