package io.robotconnect.bootstrap;

import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.domain.robot.Place;
import io.robotconnect.domain.robot.RobotId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a simulated robot until stdin closes, with the platform's JSON configuration and reconnect
 * delays. Arguments: {@code broker-url robot-uuid [place=waypoint-uuid ...]}; environment {@code
 * ROBOTCONNECT_MQTT_TOPIC_ROOT} and {@code ROBOTCONNECT_ENVIRONMENT} as for the platform. Type a
 * phrase to say it.
 */
public final class SimulatedRobotMain {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedRobotMain.class);

  private SimulatedRobotMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      LOG.error(
          "usage: SimulatedRobotMain <broker-url> <robot-uuid> [place-name=waypoint-uuid ...]");
      System.exit(2);
    }
    List<Place> places = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      places.add(new Place(UUID.fromString(pair[1]), pair[0]));
    }
    RobotTopics topics =
        new RobotTopics(
            envOr("ROBOTCONNECT_MQTT_TOPIC_ROOT", "robots"),
            envOr("ROBOTCONNECT_ENVIRONMENT", "develop"));
    SimulatedRobot.Link link =
        new SimulatedRobot.Link(
            args[0], topics, JsonMapping.mapper(), new Retries().mqttReconnect());
    try (SimulatedRobot robot = new SimulatedRobot(link, RobotId.of(args[1]), places).start();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      LOG.info("robot {} is up; type a phrase to say it", robot.id());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          robot.hear(line);
        }
      }
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
