package io.robotconnect.domain.robot;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.owner.OwnerId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A robot of one owner, with the places mapped on its map. */
public record Robot(RobotId id, OwnerId owner, String name, List<Place> places) {
  /** The {@code robots.name} column. */
  public static final int MAX_NAME = 200;

  /** Every place is a dropdown option IFTTT shows; a map has a few dozen at most. */
  public static final int MAX_PLACES = 100;

  public Robot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    TextRules.requireName(name, "robot name", MAX_NAME);
    places = List.copyOf(places == null ? List.of() : places);
    if (places.size() > MAX_PLACES) {
      throw new IllegalArgumentException("a robot has at most " + MAX_PLACES + " places");
    }
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
