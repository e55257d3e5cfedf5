package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.robot.Robot;
import io.robotconnect.domain.robot.RobotId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Robots in a map that remembers the order they were first saved in. */
public class InMemoryRobotRepository implements RobotRepository {
  private final Map<RobotId, Robot> robots = new LinkedHashMap<>();

  @Override
  public synchronized void save(Robot robot) {
    robots.put(robot.id(), robot);
  }

  @Override
  public synchronized Optional<Robot> findById(RobotId id) {
    return Optional.ofNullable(robots.get(id));
  }

  @Override
  public synchronized List<Robot> findByOwner(OwnerId owner) {
    return robots.values().stream().filter(r -> r.owner().equals(owner)).toList();
  }
}
