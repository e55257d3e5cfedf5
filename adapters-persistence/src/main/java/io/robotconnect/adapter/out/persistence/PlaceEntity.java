package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A place on a robot's map: a row of {@code robot_places}, owned by its robot. */
@Embeddable
class PlaceEntity {
  @Column(name = "waypoint_uuid", nullable = false)
  UUID waypointUuid;

  @Column(name = "name", length = 100, nullable = false)
  String name;
}
