package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ConnectApiException;

/** Which Connect API failures are worth another attempt later. */
final class ConnectFailures {
  private ConnectFailures() {}

  static OutboxOutcome outcome(ConnectApiException failure, int attempts, int maxAttempts) {
    String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    boolean temporary =
        failure instanceof ConnectApiException.Unavailable
            || failure instanceof ConnectApiException.Internal
            || failure instanceof ConnectApiException.UpstreamFailure
            || failure instanceof ConnectApiException.Unauthorized;
    if (temporary && attempts + 1 < maxAttempts) {
      return OutboxOutcome.retryLater(error);
    }
    return OutboxOutcome.giveUp(error);
  }
}
