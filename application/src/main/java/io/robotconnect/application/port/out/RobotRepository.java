package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores robots with their places. */
public interface RobotRepository {

  /** Inserts or replaces the robot and its places. */
  void save(Robot robot);

  Optional<Robot> findById(RobotId id);

  /** The owners of those of the robots that exist, by robot id. */
  default Map<RobotId, OwnerId> ownersOf(Collection<RobotId> ids) {
    Map<RobotId, OwnerId> found = new HashMap<>();
    for (RobotId id : new LinkedHashSet<>(ids)) {
      findById(id).ifPresent(robot -> found.put(id, robot.owner()));
    }
    return found;
  }

  /** The owner's robots, oldest registration first. */
  List<Robot> findByOwner(OwnerId owner);
}
