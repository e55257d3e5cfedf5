package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;

final class RobotMapper {
  private RobotMapper() {}

  static Robot toDomain(RobotEntity entity) {
    return new Robot(
        new RobotId(entity.robotId),
        new OwnerId(entity.ownerId),
        entity.name,
        entity.places.stream().map(p -> new Place(p.waypointUuid, p.name)).toList());
  }

  static void copy(Robot robot, RobotEntity entity) {
    entity.robotId = robot.id().value();
    entity.ownerId = robot.owner().value();
    entity.name = robot.name();
    entity.places.clear();
    for (Place place : robot.places()) {
      PlaceEntity row = new PlaceEntity();
      row.waypointUuid = place.waypointUuid();
      row.name = place.name();
      entity.places.add(row);
    }
  }
}
