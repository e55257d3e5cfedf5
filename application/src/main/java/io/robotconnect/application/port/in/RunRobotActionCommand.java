package io.robotconnect.application.port.in;

import io.robotconnect.domain.owner.OwnerId;
import java.util.Objects;

/** Run one robot action for an owner. */
public record RunRobotActionCommand(OwnerId owner, RobotAction action) {
  public RunRobotActionCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(action, "action");
  }
}
