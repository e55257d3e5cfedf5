package io.robotconnect.adapter.robot;

/**
 * Told whether the MQTT broker could be reached, so that an outage can be reported as a whole (how
 * long, how much is waiting) rather than one log line per connect attempt.
 */
public interface BrokerReachability {

  /** The session is up (again). */
  void connected();

  /** A connect attempt failed, or the connection was lost; reconnecting goes on. */
  void unreachable(String reason);
}
