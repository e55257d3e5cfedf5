package io.robotconnect.application.port.out;

import io.robotconnect.domain.robot.RobotId;
import java.util.List;

/** Gives a robot its owner's current list of voice-command phrases. */
public interface RobotPhraseListPort {
  /** The most phrases a robot is given; an owner's newest phrases are the ones kept. */
  int MAX_PHRASES = 200;

  /**
   * Replaces the robot's phrase list; a robot that is offline gets it when it comes back.
   *
   * @param phrases oldest first; when they do not all fit (at most {@link #MAX_PHRASES}, and the
   *     transport's size limit), the newest that fit are sent
   * @throws RobotTransportUnavailableException when the robot transport cannot take it now
   * @throws RobotMessageTooLargeException when the list cannot be made to fit the transport
   */
  void pushPhraseList(RobotId robot, List<VoiceCommandPhrase> phrases);
}
