package io.robotconnect.domain.robot;

import java.util.UUID;

/** The uuid of a robot; it names the robot's MQTT topics. */
public record RobotId(UUID value) {
  public RobotId {
    if (value == null) {
      throw new IllegalArgumentException("robot id is required");
    }
  }

  public static RobotId of(String text) {
    try {
      return new RobotId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("robot id must be a uuid");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
