package io.robotconnect.application.port.out;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.List;
import java.util.Optional;

/** Stores robots with their places. */
public interface RobotRepository {

  /** Inserts or replaces the robot and its places. */
  void save(Robot robot);

  Optional<Robot> findById(RobotId id);

  /** The owner's robots, oldest registration first. */
  List<Robot> findByOwner(OwnerId owner);
}
