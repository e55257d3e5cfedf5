package io.robotconnect.application.port.in;

/** Outbox messages claimed by {@link DrainOutboxUseCase#claimForDelivery()}, not delivered yet. */
public interface ClaimedOutboxBatch {

  /** How many messages were claimed; zero when none was due. */
  int size();

  /** Hands the messages to their handler; what became of them is recorded later. */
  void deliver();
}
