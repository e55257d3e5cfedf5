package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.DrainOutboxUseCase;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.RetryBackoff;

/** Builds each outbox channel's drain use case and starts the background drainer that runs it. */
final class OutboxDrainers {
  private OutboxDrainers() {}

  /**
   * Starts draining the handler's channel in batches of up to {@code batchSize}, retrying with the
   * outbox backoff, woken by the outbox signal whenever work is enqueued on it and stopped when the
   * application closes.
   */
  static <P extends OutboxPayload> void start(
      Wiring w,
      PersistenceWiring.Provided persistence,
      CoreWiring.Provided core,
      OutboxHandler<P> handler,
      int batchSize,
      OutboxDrainer.Settings schedule) {
    RetryBackoff backoff = w.retries().outboxBackoff();
    DrainOutboxUseCase drain =
        new OutboxDrainService<>(
            persistence.outbox(),
            persistence.unitOfWork(),
            core.clock(),
            handler,
            OutboxAttempts.applied(w.env(), OutboxDrainService.Settings.of(batchSize, backoff)));
    OutboxDrainer drainer =
        w.lifecycle()
            .onClose(
                "outbox drainer " + drain.channel(), new OutboxDrainer(drain, schedule, backoff));
    persistence.outboxSignal().onEnqueued(drain.channel(), drainer::wake);
    drainer.start();
  }
}
