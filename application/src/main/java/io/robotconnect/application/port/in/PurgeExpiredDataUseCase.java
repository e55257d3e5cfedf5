package io.robotconnect.application.port.in;

/**
 * Deletes stored data past its retention, one small batch of each kind per call, so that the caller
 * can pause between batches; whoever calls it owns the thread and the schedule.
 */
public interface PurgeExpiredDataUseCase {

  /** A new run, whose retention periods count back from the clock's now. */
  PurgeRun begin();

  /**
   * Deletes one batch of each kind the run has not finished, each in a short transaction of its
   * own, and returns where the run then stands; a finished run is returned as it is. A kind whose
   * purge fails is logged and left for the next run.
   */
  PurgeRun purgeBatch(PurgeRun run);
}
