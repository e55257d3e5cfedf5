package io.robotconnect.adapter.robot;

import io.robotconnect.domain.robot.RobotId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fleet's topic layout {@code {root}/{environment}/{endpoint}/{robot_uuid}}. Phrase lists go to
 * a topic of their own ({@code ifttt_voice_commands}), retained, so that a robot gets the latest
 * list whenever it (re)subscribes and the platform never re-reads the fleet's lists.
 */
public record RobotTopics(String root, String environment) {
  /** Cloud → robot: the commands a robot carries out. */
  public static final String COMMAND = "command";

  /** Robot → cloud: the robot heard one of its phrases (the wire name is the robots' protocol). */
  public static final String TRIGGERS = "ifttt_trigger";

  /** Cloud → owner's app: what the platform did with the robot, for the app's live view. */
  public static final String APP_EVENTS = "ifttt_event";

  /** Cloud → robot, retained: the phrases the robot listens for. */
  public static final String VOICE_COMMANDS = "ifttt_voice_commands";

  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public RobotTopics {
    if (!isLevel(root) || !isLevel(environment)) {
      throw new IllegalArgumentException(
          "topic root and environment must be single topic levels: " + root + "/" + environment);
    }
  }

  private static boolean isLevel(String level) {
    return level != null && !level.isBlank() && level.matches("[^/#+$\\u0000]+");
  }

  /** The topic of one robot's endpoint; the robot level is always the canonical uuid. */
  public String of(String endpoint, RobotId robot) {
    return prefix(endpoint) + robot;
  }

  /** Every robot's topic of an endpoint. */
  public String allRobots(String endpoint) {
    return prefix(endpoint) + "+";
  }

  private String prefix(String endpoint) {
    if (!isLevel(endpoint)) {
      throw new IllegalArgumentException("an endpoint is one topic level: " + endpoint);
    }
    return root + "/" + environment + "/" + endpoint + "/";
  }

  /**
   * The robot a topic of this layout and endpoint belongs to: its last level must be a uuid in the
   * canonical 8-4-4-4-12 form (anything else, such as wildcards, more levels or a short form {@link
   * java.util.UUID#fromString} would take, names no robot).
   */
  public Optional<RobotId> robotOf(String endpoint, String topic) {
    String prefix = prefix(endpoint);
    if (topic == null || !topic.startsWith(prefix)) {
      return Optional.empty();
    }
    String level = topic.substring(prefix.length());
    return CANONICAL_UUID.matcher(level).matches()
        ? Optional.of(RobotId.of(level))
        : Optional.empty();
  }
}
