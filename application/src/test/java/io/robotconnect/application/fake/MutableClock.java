package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;

/** A clock that stands still until a test moves it. */
public class MutableClock implements ClockPort {
  private Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  public MutableClock() {
    this(Instant.parse("2026-01-01T12:00:00Z"));
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  public synchronized void set(Instant instant) {
    now = instant;
  }

  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }
}
