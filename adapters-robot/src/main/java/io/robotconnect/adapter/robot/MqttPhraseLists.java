package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.RobotId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Publishes {@code ifttt_voice_commands} (the full phrase list) as a retained message on the
 * robot's {@code ifttt_voice_commands} topic: the broker keeps the latest list and hands it to the
 * robot whenever it subscribes, so a robot that was offline gets it when it returns.
 */
final class MqttPhraseLists implements RobotPhraseListPort {
  static final String NAME = "ifttt_voice_commands";

  private final MqttConnection connection;
  private final RobotTopics topics;
  private final EnvelopeCodec codec;
  private final Clock clock;

  MqttPhraseLists(MqttConnection connection, RobotTopics topics, EnvelopeCodec codec, Clock clock) {
    this.connection = connection;
    this.topics = topics;
    this.codec = codec;
    this.clock = clock;
  }

  @Override
  public void pushPhraseList(RobotId robot, List<VoiceCommandPhrase> phrases) {
    ObjectNode payload = codec.json().createObjectNode().put("name", NAME);
    ArrayNode list = payload.putObject("params").putArray("voice_commands");
    phrases.forEach(
        phrase ->
            list.addObject()
                .put("trigger_identity", phrase.triggerIdentity())
                .put("voice_command", phrase.voiceCommand()));
    Envelope envelope =
        Envelope.create(
            Envelope.CLOUD, robot.toString(), payload, Optional.empty(), clock.instant());
    connection.publish(topics.of(RobotTopics.VOICE_COMMANDS, robot), codec.write(envelope), true);
  }
}
