package io.robotconnect.adapter.in.rest.archfixture;

import io.robotconnect.adapter.robot.archfixture.RobotAdapterClass;
import io.robotconnect.application.service.ReadinessService;

/** Violates the adapter rules on purpose: reaches a service and another adapter. */
public class ResourceCallingAServiceAndTheRobotAdapter {
  public boolean ready(ReadinessService service) {
    return service.isReady();
  }

  public String robot(RobotAdapterClass robot) {
    return robot.toString();
  }
}
