package io.robotconnect.domain.robot;

import io.robotconnect.domain.TextRules;
import java.util.Objects;
import java.util.UUID;

/** A named place on a robot's map, reached by driving to its waypoint. */
public record Place(UUID waypointUuid, String name) {
  /** The {@code robot_places.name} column. */
  public static final int MAX_NAME = 100;

  public Place {
    Objects.requireNonNull(waypointUuid, "waypointUuid");
    name = TextRules.requireName(name == null ? null : name.strip(), "place name", MAX_NAME);
  }

  /** Whether this place answers to the given name (names are matched ignoring case). */
  public boolean isNamed(String candidate) {
    return candidate != null && name.equalsIgnoreCase(candidate.strip());
  }
}
