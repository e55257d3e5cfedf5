package io.robotconnect.application.port.out;

/** Tells whether the database answers right now. */
public interface DatabaseHealthPort {

  /** True when a trivial query succeeds within a short timeout. */
  boolean isReachable();
}
