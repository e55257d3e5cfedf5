package io.robotconnect.application.port.out;

import io.robotconnect.domain.robot.RobotId;
import java.util.List;

/**
 * Tells a robot which phrases to listen for: its owner's current voice-command phrases, each with
 * the trigger identity it reports when it hears one.
 */
public interface RobotPhraseListPort {
  /** The most phrases a robot is given; an owner's newest phrases are the ones kept. */
  int MAX_PHRASES = 200;

  /**
   * From now on the robot listens for these phrases (and no others); a robot that is offline gets
   * the list when it comes back.
   *
   * @param phrases oldest first; when they do not all fit (at most {@link #MAX_PHRASES}, and the
   *     transport's size limit), the newest that fit are sent
   * @throws RobotTransportUnavailableException when the robot transport cannot take it now
   * @throws RobotMessageTooLargeException when the list cannot be made to fit the transport
   */
  void listenFor(RobotId robot, List<VoiceCommandPhrase> phrases);
}
