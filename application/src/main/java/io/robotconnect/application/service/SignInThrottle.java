package io.robotconnect.application.service;

import io.robotconnect.application.port.in.SessionToken;
import io.robotconnect.application.port.in.SignInThrottledException;
import io.robotconnect.application.port.in.StartSessionCommand;
import io.robotconnect.application.port.in.StartSessionUseCase;
import io.robotconnect.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits password guessing: after {@code maxFailures} failed sign-ins for one e-mail address within
 * {@code window}, further attempts for it are refused, without checking the password, until the
 * oldest of those failures is {@code window} old. A successful sign-in clears the address's
 * failures. Counts are kept per instance; the slow password hash bounds how many addresses an
 * attacker can fill it with.
 */
public class SignInThrottle implements StartSessionUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
  private static final int MAX_ADDRESSES = 100_000;

  private final StartSessionUseCase signIn;
  private final ClockPort clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public SignInThrottle(
      StartSessionUseCase signIn, ClockPort clock, int maxFailures, Duration window) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("at least one failure and a positive window");
    }
    this.signIn = signIn;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  @Override
  public Optional<SessionToken> startSession(StartSessionCommand command) {
    String address = command.email().strip().toLowerCase(Locale.ROOT);
    Instant now = clock.now();
    retryAfter(address, now)
        .ifPresent(
            wait -> {
              LOG.info("sign-in refused: too many failed attempts for one e-mail address");
              throw new SignInThrottledException(wait);
            });
    Optional<SessionToken> session = signIn.startSession(command);
    if (session.isPresent()) {
      failures.remove(address);
    } else {
      recordFailure(address, now);
    }
    return session;
  }

  private Optional<Duration> retryAfter(String address, Instant now) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      dropOlderThanWindow(recent, now);
      if (recent.size() < maxFailures) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }
  }

  private void recordFailure(String address, Instant now) {
    if (failures.size() >= MAX_ADDRESSES) {
      failures.values().removeIf(recent -> isOver(recent, now));
    }
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      dropOlderThanWindow(recent, now);
      recent.addLast(now);
    }
  }

  private boolean isOver(Deque<Instant> recent, Instant now) {
    synchronized (recent) {
      dropOlderThanWindow(recent, now);
      return recent.isEmpty();
    }
  }

  private void dropOlderThanWindow(Deque<Instant> recent, Instant now) {
    Instant start = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
      recent.removeFirst();
    }
  }
}
