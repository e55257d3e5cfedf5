package io.robotconnect.application.port.out;

import io.robotconnect.domain.robot.RobotId;
import java.util.List;

/** Gives a robot its owner's full current list of voice-command phrases. */
public interface RobotPhraseListPort {

  /**
   * Replaces the robot's phrase list; a robot that is offline gets it when it comes back.
   *
   * @throws RobotTransportUnavailableException when the robot transport cannot take it now
   */
  void pushPhraseList(RobotId robot, List<VoiceCommandPhrase> phrases);
}
