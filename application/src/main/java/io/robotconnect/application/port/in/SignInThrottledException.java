package io.robotconnect.application.port.in;

import java.time.Duration;

/** Too many failed sign-ins for one e-mail address: no attempt is checked until retryAfter. */
public class SignInThrottledException extends RuntimeException {
  private final Duration retryAfter;

  public SignInThrottledException(Duration retryAfter) {
    super("too many failed sign-ins for this e-mail address");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The wait in whole seconds, rounded up, at least one (as {@code Retry-After} gives it). */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
