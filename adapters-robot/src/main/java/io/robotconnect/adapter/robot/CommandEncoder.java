package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.domain.robot.RobotCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each kind of {@link RobotCommand} as the robot's command message: the one place that knows
 * the command names and parameters of the robots' protocol ({@code ifttt_animation_command}, {@code
 * ifttt_move_command}, {@code ifttt_dock_command}; PROTOCOLS.md §5) and the fields the owner's app
 * is shown for it.
 */
final class CommandEncoder {
  static final String ANIMATION = "ifttt_animation_command";
  static final String MOVE = "ifttt_move_command";
  static final String DOCK = "ifttt_dock_command";

  /**
   * A command as it goes on the wire.
   *
   * @param payload the envelope's payload: {@code name} and {@code params}
   * @param appFields the {@code action_fields} of the owner app's event, in order
   */
  record Encoded(ObjectNode payload, Map<String, String> appFields) {
    String name() {
      return payload.path("name").asText();
    }
  }

  private final ObjectMapper json;

  CommandEncoder(ObjectMapper json) {
    this.json = json;
  }

  Encoded encode(RobotCommand command) {
    return command.match(
        new RobotCommand.Cases<>() {
          @Override
          public Encoded playAnimation(RobotCommand.PlayAnimation play) {
            Encoded encoded = named(ANIMATION);
            params(encoded).put("action_id", play.animation().id());
            encoded.appFields().put("action", play.animation().id());
            return encoded;
          }

          @Override
          public Encoded moveTo(RobotCommand.MoveTo move) {
            Encoded encoded = named(MOVE);
            params(encoded).put("waypoint_uuid", move.waypointUuid().toString());
            encoded.appFields().put("place", move.place().name());
            move.animation()
                .ifPresent(
                    animation -> {
                      params(encoded).put("action_id", animation.id());
                      encoded.appFields().put("action", animation.id());
                    });
            return encoded;
          }

          @Override
          public Encoded dock(RobotCommand.Dock dock) {
            return named(DOCK);
          }
        });
  }

  private Encoded named(String name) {
    ObjectNode payload = json.createObjectNode().put("name", name);
    payload.putObject("params");
    return new Encoded(payload, new LinkedHashMap<>());
  }

  private static ObjectNode params(Encoded encoded) {
    return (ObjectNode) encoded.payload().get("params");
  }
}
