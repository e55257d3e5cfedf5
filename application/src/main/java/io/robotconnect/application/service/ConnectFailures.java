package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ConnectApiException;
import io.robotconnect.application.port.out.DeliveryOutcome;

/**
 * Which Connect API failures are worth another attempt later (the worker dead-letters a message
 * after its channel's maximum of attempts).
 */
final class ConnectFailures {
  private ConnectFailures() {}

  static DeliveryOutcome outcome(ConnectApiException failure) {
    String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    boolean temporary =
        failure instanceof ConnectApiException.Unavailable
            || failure instanceof ConnectApiException.Internal
            || failure instanceof ConnectApiException.UpstreamFailure
            || failure instanceof ConnectApiException.Unauthorized;
    if (temporary) {
      return DeliveryOutcome.retryLater(error);
    }
    return DeliveryOutcome.giveUp(error);
  }
}
