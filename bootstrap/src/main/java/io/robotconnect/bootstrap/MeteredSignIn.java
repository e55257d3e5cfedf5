package io.robotconnect.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.SignInThrottledException;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import java.util.Optional;

/**
 * Counts sign-ins ({@code robotconnect_sign_in_attempts_total}) by outcome: {@code signed_in},
 * {@code refused} (wrong e-mail address or password) and {@code throttled} (refused unchecked after
 * too many failures).
 */
final class MeteredSignIn implements StartSessionUseCase {
  static final String ATTEMPTS = "robotconnect.sign.in.attempts";

  private final StartSessionUseCase signIn;
  private final Counter signedIn;
  private final Counter refused;
  private final Counter throttled;

  MeteredSignIn(StartSessionUseCase signIn, MeterRegistry registry) {
    this.signIn = signIn;
    this.signedIn = attempts(registry, "signed_in");
    this.refused = attempts(registry, "refused");
    this.throttled = attempts(registry, "throttled");
  }

  private static Counter attempts(MeterRegistry registry, String outcome) {
    return Counter.builder(ATTEMPTS)
        .description("Owner sign-ins (sessions API and authorize page) by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  @Override
  public Optional<SessionToken> startSession(StartSessionCommand command) {
    Optional<SessionToken> session;
    try {
      session = signIn.startSession(command);
    } catch (SignInThrottledException e) {
      throttled.increment();
      throw e;
    }
    (session.isPresent() ? signedIn : refused).increment();
    return session;
  }
}
