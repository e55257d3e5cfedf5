package io.robotconnect.domain.robot;

import java.util.Objects;
import java.util.UUID;

/** A named place on a robot's map, reached by driving to its waypoint. */
public record Place(UUID waypointUuid, String name) {
  public static final int MAX_NAME = 100;

  public Place {
    Objects.requireNonNull(waypointUuid, "waypointUuid");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name must not be blank");
    }
    name = name.strip();
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("place name must be at most " + MAX_NAME + " characters");
    }
  }

  /** Whether this place answers to the given name (names are matched ignoring case). */
  public boolean isNamed(String candidate) {
    return candidate != null && name.equalsIgnoreCase(candidate.strip());
  }
}
