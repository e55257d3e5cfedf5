package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.Optional;

/** Reads back one robot of an owner, with its places (admin API). */
public interface GetRobotUseCase {

  /** The robot with this id when it belongs to this owner; empty otherwise. */
  Optional<Robot> robot(OwnerId owner, RobotId robot);
}
