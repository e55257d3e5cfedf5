package io.robotconnect.adapter.robot;

/** How the platform's side of the robot fleet is doing, for health checks, metrics and tests. */
public interface RobotFleetStatus {
  /** Whether the broker session is up now. */
  boolean isConnected();

  /** What became of the messages robots sent. */
  RobotMessageCounters counters();
}
