package io.robotconnect.adapter.robot;

import io.robotconnect.application.port.in.RecordVoiceCommandCommand;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.in.VoiceCommandOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the voice-command use case: keeps each message id once, can fail on demand. */
final class RecordingVoiceCommands implements RecordVoiceCommandUseCase {
  final Map<String, RecordVoiceCommandCommand> stored = new ConcurrentHashMap<>();
  final List<RecordVoiceCommandCommand> calls = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresToCome = new AtomicInteger();

  @Override
  public List<VoiceCommandOutcome> recordAll(List<RecordVoiceCommandCommand> commands) {
    calls.addAll(commands);
    if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("database unavailable");
    }
    return commands.stream()
        .map(
            command ->
                stored.putIfAbsent(command.messageId(), command) == null
                    ? VoiceCommandOutcome.RECORDED
                    : VoiceCommandOutcome.DUPLICATE)
        .toList();
  }
}
