package io.robotconnect.adapter.robot;

import io.robotconnect.domain.robot.RobotId;
import java.util.Optional;

/**
 * The fleet's topic layout {@code {root}/{environment}/{endpoint}/{robot_uuid}}. Phrase lists go to
 * a topic of their own ({@code ifttt_voice_commands}), retained, so that a robot gets the latest
 * list whenever it (re)subscribes and the platform never re-reads the fleet's lists.
 */
public record RobotTopics(String root, String environment) {
  public static final String COMMAND = "command";
  public static final String IFTTT_TRIGGER = "ifttt_trigger";
  public static final String IFTTT_EVENT = "ifttt_event";
  public static final String VOICE_COMMANDS = "ifttt_voice_commands";

  public RobotTopics {
    if (!isLevel(root) || !isLevel(environment)) {
      throw new IllegalArgumentException(
          "topic root and environment must be single topic levels: " + root + "/" + environment);
    }
  }

  private static boolean isLevel(String level) {
    return level != null && !level.isBlank() && level.matches("[^/#+$\\u0000]+");
  }

  public String of(String endpoint, RobotId robot) {
    return root + "/" + environment + "/" + endpoint + "/" + robot;
  }

  /** Every robot's topic of an endpoint. */
  public String allRobots(String endpoint) {
    return root + "/" + environment + "/" + endpoint + "/+";
  }

  /** The robot a topic of this layout and endpoint belongs to. */
  public Optional<RobotId> robotOf(String endpoint, String topic) {
    String prefix = root + "/" + environment + "/" + endpoint + "/";
    if (topic == null || !topic.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RobotId.of(topic.substring(prefix.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
