package io.robotconnect.bootstrap;

import io.robotconnect.application.port.in.DrainOutboxUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.OutboxSignal;

/** Builds each outbox channel's drain use case and starts the background drainer that runs it. */
final class OutboxDrainers {
  private OutboxDrainers() {}

  /**
   * Starts draining a channel through {@code handler}, woken by {@code signal} whenever work is
   * enqueued on it and stopped when the application closes.
   */
  static void start(
      Wiring w,
      OutboxSignal signal,
      OutboxHandler handler,
      OutboxDrainService.Settings channel,
      OutboxDrainer.Settings schedule) {
    Bindings b = w.bindings();
    DrainOutboxUseCase drain =
        new OutboxDrainService(
            b.get(OutboxRepository.class),
            b.get(UnitOfWork.class),
            b.get(ClockPort.class),
            handler,
            OutboxAttempts.applied(w.env(), channel));
    OutboxDrainer drainer =
        w.lifecycle()
            .onClose("outbox drainer " + drain.channel(), new OutboxDrainer(drain, schedule));
    signal.onEnqueued(drain.channel(), drainer::wake);
    drainer.start();
  }
}
