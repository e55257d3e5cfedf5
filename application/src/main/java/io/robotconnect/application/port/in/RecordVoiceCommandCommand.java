package io.robotconnect.application.port.in;

import io.robotconnect.domain.robot.RobotId;
import io.robotconnect.domain.trigger.TriggerEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A robot's report that it heard a phrase.
 *
 * @param messageId the robot's message id; it becomes the event id, so a re-sent message is stored
 *     once
 * @param heardAt when the robot heard it (its message timestamp)
 */
public record RecordVoiceCommandCommand(
    RobotId robot,
    String messageId,
    String triggerIdentity,
    Map<String, String> triggerFields,
    Instant heardAt) {
  public RecordVoiceCommandCommand {
    Objects.requireNonNull(robot, "robot");
    if (messageId == null
        || messageId.isBlank()
        || messageId.length() > TriggerEvent.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "message id must be 1-" + TriggerEvent.MAX_ID_LENGTH + " characters");
    }
    if (triggerIdentity == null || triggerIdentity.isBlank()) {
      throw new IllegalArgumentException("trigger identity must not be blank");
    }
    triggerFields = Map.copyOf(triggerFields == null ? Map.of() : triggerFields);
    Objects.requireNonNull(heardAt, "heardAt");
  }
}
