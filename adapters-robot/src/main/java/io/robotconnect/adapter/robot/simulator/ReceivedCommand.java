package io.robotconnect.adapter.robot.simulator;

import java.util.Map;
import java.util.Optional;

/**
 * A command the simulated robot received.
 *
 * @param actionId the envelope's action id (the id the platform answered for the command)
 * @param params the command's parameters as text
 * @param placeName the place a move command drives to, when the robot knows the waypoint
 */
public record ReceivedCommand(
    String name, String actionId, Map<String, String> params, Optional<String> placeName) {}
