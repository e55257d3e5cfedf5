package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told to. */
final class FixedClock implements ClockPort {
  private volatile Instant now;

  FixedClock(Instant start) {
    this.now = start;
  }

  @Override
  public Instant now() {
    return now;
  }

  void advance(Duration by) {
    now = now.plus(by);
  }
}
