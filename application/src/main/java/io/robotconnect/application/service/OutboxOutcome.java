package io.robotconnect.application.service;

/** What became of one outbox message. */
public sealed interface OutboxOutcome {

  /** It reached its destination: remove it. */
  record Delivered() implements OutboxOutcome {}

  /** A temporary failure: try again after a backoff. */
  record RetryLater(String error) implements OutboxOutcome {}

  /** It can never be delivered: keep it for inspection, never try again. */
  record GiveUp(String error) implements OutboxOutcome {}

  static OutboxOutcome delivered() {
    return new Delivered();
  }

  static OutboxOutcome retryLater(String error) {
    return new RetryLater(error);
  }

  static OutboxOutcome giveUp(String error) {
    return new GiveUp(error);
  }
}
