package io.robotconnect.adapter.out.connect;

import java.time.Duration;

/** Waits between attempts of a call; tests replace it to run without waiting. */
@FunctionalInterface
interface Backoff {
  void pause(Duration duration);

  static Backoff sleeping() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting to retry", e);
      }
    };
  }
}
