package io.robotconnect.bootstrap;

import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;

/**
 * How the tests' simulated robots reach a broker: with the platform's JSON and reconnect delays.
 */
final class SimulatedRobots {
  private SimulatedRobots() {}

  static SimulatedRobot.Link link(String brokerUrl, RobotTopics topics) {
    return new SimulatedRobot.Link(
        brokerUrl, topics, JsonMapping.mapper(), new Retries().mqttReconnect());
  }
}
