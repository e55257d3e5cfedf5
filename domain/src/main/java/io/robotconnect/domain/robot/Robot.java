package io.robotconnect.domain.robot;

import io.robotconnect.domain.owner.OwnerId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A robot of one owner, with the places mapped on its map. */
public record Robot(RobotId id, OwnerId owner, String name, List<Place> places) {
  public static final int MAX_NAME = 200;

  public Robot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("robot name must not be blank");
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("robot name must be at most " + MAX_NAME + " characters");
    }
    places = List.copyOf(places == null ? List.of() : places);
    Set<String> names = new HashSet<>();
    Set<UUID> waypoints = new HashSet<>();
    for (Place place : places) {
      if (!names.add(place.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate place name: " + place.name());
      }
      if (!waypoints.add(place.waypointUuid())) {
        throw new IllegalArgumentException("duplicate waypoint: " + place.waypointUuid());
      }
    }
  }

  /** The place with this name, if the robot has mapped one. */
  public Optional<Place> placeNamed(String placeName) {
    return places.stream().filter(p -> p.isNamed(placeName)).findFirst();
  }
}
