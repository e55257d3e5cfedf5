package io.robotconnect.adapter.robot;

import io.robotconnect.domain.robot.Animation;
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
  record Encoded(CommandPayload payload, Map<String, String> appFields) {
    String name() {
      return payload.name();
    }
  }

  Encoded encode(RobotCommand command) {
    return command.match(
        new RobotCommand.Cases<>() {
          @Override
          public Encoded playAnimation(RobotCommand.PlayAnimation play) {
            String animation = play.animation().id();
            return new Encoded(
                new CommandPayload(ANIMATION, new CommandPayload.Params(null, animation)),
                Map.of("action", animation));
          }

          @Override
          public Encoded moveTo(RobotCommand.MoveTo move) {
            String animation = move.animation().map(Animation::id).orElse(null);
            Map<String, String> appFields = new LinkedHashMap<>();
            appFields.put("place", move.place().name());
            if (animation != null) {
              appFields.put("action", animation);
            }
            return new Encoded(
                new CommandPayload(
                    MOVE, new CommandPayload.Params(move.waypointUuid().toString(), animation)),
                appFields);
          }

          @Override
          public Encoded dock(RobotCommand.Dock dock) {
            return new Encoded(new CommandPayload(DOCK, CommandPayload.Params.NONE), Map.of());
          }
        });
  }
}
