package io.robotconnect.adapter.out.connect;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/** The Connect API's retry as {@code bootstrap/Retries.connectApi} makes it, for tests. */
final class TestRetries {
  private TestRetries() {}

  static Retry connectApi(int maxAttempts, Duration firstBackoff) {
    return Retry.of(
        "connect-api",
        RetryConfig.custom()
            .maxAttempts(maxAttempts)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(firstBackoff, 2))
            .build());
  }

  /** Retries without a noticeable wait. */
  static Retry connectApi(int maxAttempts) {
    return connectApi(maxAttempts, Duration.ofMillis(1));
  }
}
