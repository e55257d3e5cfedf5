package io.robotconnect.application.port.out;

/** What became of a Realtime API call. */
public sealed interface RealtimeDeliveryResult {

  /** IFTTT accepted the notification. */
  record Delivered() implements RealtimeDeliveryResult {}

  /** A temporary failure (timeout, connection error, 429, 5xx): try again later. */
  record Retryable(String reason) implements RealtimeDeliveryResult {}

  /** IFTTT refused the call for good (another 4xx): retrying would not help. */
  record Rejected(String reason) implements RealtimeDeliveryResult {}

  static RealtimeDeliveryResult delivered() {
    return new Delivered();
  }

  static RealtimeDeliveryResult retryable(String reason) {
    return new Retryable(reason);
  }

  static RealtimeDeliveryResult rejected(String reason) {
    return new Rejected(reason);
  }
}
