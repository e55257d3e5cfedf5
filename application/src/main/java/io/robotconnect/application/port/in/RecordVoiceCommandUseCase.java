package io.robotconnect.application.port.in;

import java.util.List;

/** Records that a robot heard one of its owner's voice-command phrases, and tells IFTTT. */
public interface RecordVoiceCommandUseCase {

  /**
   * Stores each command's trigger event once (by message id) and queues the Realtime notification,
   * all in one transaction; returns the outcomes in the commands' order.
   */
  List<VoiceCommandOutcome> recordAll(List<RecordVoiceCommandCommand> commands);

  /** Records one command. */
  default VoiceCommandOutcome record(RecordVoiceCommandCommand command) {
    return recordAll(List.of(command)).get(0);
  }
}
