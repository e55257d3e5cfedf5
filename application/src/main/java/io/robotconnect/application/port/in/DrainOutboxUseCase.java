package io.robotconnect.application.port.in;

import io.robotconnect.application.port.out.OutboxChannel;

/**
 * Delivers one outbox channel's due messages, each through the channel's handler, and records what
 * became of each; whoever calls it owns the threads, the schedule and the shutdown.
 */
public interface DrainOutboxUseCase {

  /** The channel drained. */
  OutboxChannel<?> channel();

  /**
   * Claims one batch of due messages, delivers it and records each message's outcome, in the
   * caller's thread; returns how many messages it claimed.
   */
  int drainOnce();

  /**
   * Records the outcomes of the deliveries finished since the last claim and claims the next batch,
   * in one transaction. The caller delivers the batch later, on any thread; its outcomes are
   * recorded with a later claim or by {@link #recordFinished()}.
   */
  ClaimedOutboxBatch claimForDelivery();

  /** Records the outcomes of finished deliveries not recorded yet (before shutting down). */
  void recordFinished();
}
