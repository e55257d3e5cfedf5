package io.robotconnect.adapter.robot;

import io.robotconnect.application.port.out.RobotPhraseListPort;
import io.robotconnect.application.port.out.VoiceCommandPhrase;
import io.robotconnect.domain.robot.RobotId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code ifttt_voice_commands} (the phrase list, a {@link PhraseListPayload}) as a
 * retained message on the robot's {@code ifttt_voice_commands} topic: the broker keeps the latest
 * list and hands it to the robot whenever it subscribes, so a robot that was offline gets it when
 * it returns. The message holds at most {@link RobotPhraseListPort#MAX_PHRASES} phrases and {@link
 * MqttConnection#MAX_PAYLOAD_BYTES} bytes: the newest phrases that fit.
 */
final class MqttPhraseLists implements RobotPhraseListPort {
  private static final Logger LOG = LoggerFactory.getLogger(MqttPhraseLists.class);

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
  public void listenFor(RobotId robot, List<VoiceCommandPhrase> phrases) {
    Instant now = clock.instant();
    List<VoiceCommandPhrase> newest =
        phrases.subList(Math.max(0, phrases.size() - MAX_PHRASES), phrases.size());
    byte[] message = message(robot, newest, now);
    if (message.length > MqttConnection.MAX_PAYLOAD_BYTES) {
      List<VoiceCommandPhrase> fitting = newestThatFit(robot, newest, now);
      LOG.warn(
          "the phrase list of robot {} would be {} bytes; sending the newest {} of its {} phrases"
              + " ({} bytes at most)",
          robot,
          message.length,
          fitting.size(),
          phrases.size(),
          MqttConnection.MAX_PAYLOAD_BYTES);
      message = message(robot, fitting, now);
    }
    connection.publish(topics.of(RobotTopics.VOICE_COMMANDS, robot), message, true);
  }

  private List<VoiceCommandPhrase> newestThatFit(
      RobotId robot, List<VoiceCommandPhrase> phrases, Instant now) {
    long room = MqttConnection.MAX_PAYLOAD_BYTES - (long) message(robot, List.of(), now).length;
    int first = phrases.size();
    while (first > 0) {
      // each entry after the first also takes a comma
      long entry = entryBytes(phrases.get(first - 1)) + 1;
      if (entry > room) {
        break;
      }
      room -= entry;
      first--;
    }
    return phrases.subList(first, phrases.size());
  }

  private byte[] message(RobotId robot, List<VoiceCommandPhrase> phrases, Instant now) {
    return codec.write(
        Envelope.create(
            Envelope.CLOUD,
            robot.toString(),
            PhraseListPayload.of(phrases),
            Optional.empty(),
            now));
  }

  private int entryBytes(VoiceCommandPhrase phrase) {
    return codec.bytes(PhraseListPayload.Phrase.of(phrase)).length;
  }
}
