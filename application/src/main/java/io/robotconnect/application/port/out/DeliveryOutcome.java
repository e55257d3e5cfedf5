package io.robotconnect.application.port.out;

/**
 * What became of one delivery to the outside (an outbox message, a Realtime API call): it arrived,
 * it may arrive on a later attempt, or it never will.
 */
public sealed interface DeliveryOutcome {

  /** It reached its destination: remove it. */
  record Delivered() implements DeliveryOutcome {}

  /** A temporary failure (timeout, connection error, 429, 5xx): try again after a backoff. */
  record RetryLater(String error) implements DeliveryOutcome {}

  /** It can never be delivered (refused for good): keep it for inspection, never try again. */
  record GiveUp(String error) implements DeliveryOutcome {}

  static DeliveryOutcome delivered() {
    return new Delivered();
  }

  static DeliveryOutcome retryLater(String error) {
    return new RetryLater(error);
  }

  static DeliveryOutcome giveUp(String error) {
    return new GiveUp(error);
  }
}
