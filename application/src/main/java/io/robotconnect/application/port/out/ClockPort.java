package io.robotconnect.application.port.out;

import java.time.Instant;

/** Tells the time, so that services can be tested at a fixed instant. */
public interface ClockPort {

  Instant now();
}
