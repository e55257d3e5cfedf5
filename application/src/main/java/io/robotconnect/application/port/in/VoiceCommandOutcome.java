package io.robotconnect.application.port.in;

/** What became of a robot's voice-command report. */
public enum VoiceCommandOutcome {
  /** Stored as a new trigger event; IFTTT will be notified. */
  RECORDED,
  /** Already stored under this message id; nothing changed. */
  DUPLICATE,
  /** No robot with that id is registered. */
  UNKNOWN_ROBOT,
  /** No voice-command trigger identity with that id is known. */
  UNKNOWN_IDENTITY,
  /** The identity belongs to another owner than the robot's. */
  FOREIGN_IDENTITY,
  /** The identity was deleted: no Applet uses it any more. */
  DELETED_IDENTITY;

  public boolean isStored() {
    return this == RECORDED || this == DUPLICATE;
  }
}
