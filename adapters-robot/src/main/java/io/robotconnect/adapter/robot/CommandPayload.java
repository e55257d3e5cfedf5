package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The payload of a command to a robot: the command's name and parameters (PROTOCOLS.md §5). */
record CommandPayload(String name, Params params) {

  /** A command's parameters; those it does not take are left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Params(String waypointUuid, String actionId) {
    static final Params NONE = new Params(null, null);
  }
}
