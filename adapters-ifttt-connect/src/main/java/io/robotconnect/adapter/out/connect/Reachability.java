package io.robotconnect.adapter.out.connect;

import org.slf4j.Logger;

/**
 * Told after every call to IFTTT whether it answered, so that an outage can be reported as a whole
 * (how long, how much is waiting) rather than one log line per failed call.
 */
public interface Reachability {

  /** IFTTT answered, whatever the answer was. */
  void reached();

  /** No usable answer (connection refused, timeout, 5xx, 429): the call may succeed later. */
  void unavailable(String reason);

  /** Logs each failed call at WARN: for when nothing else reports outages. */
  static Reachability loggedPerCall(Logger log) {
    return new Reachability() {
      @Override
      public void reached() {}

      @Override
      public void unavailable(String reason) {
        log.warn("{}", reason);
      }
    };
  }
}
