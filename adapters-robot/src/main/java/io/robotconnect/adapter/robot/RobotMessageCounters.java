package io.robotconnect.adapter.robot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what became of the messages robots sent, for health checks, metrics and tests. */
public final class RobotMessageCounters {
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong recorded = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong echoes = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final AtomicLong unknown = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  void countReceived() {
    received.incrementAndGet();
  }

  void countRecorded() {
    recorded.incrementAndGet();
  }

  void countDuplicate() {
    duplicates.incrementAndGet();
  }

  void countEcho() {
    echoes.incrementAndGet();
  }

  void countMalformed() {
    malformed.incrementAndGet();
  }

  void countUnknown() {
    unknown.incrementAndGet();
  }

  void countDropped() {
    dropped.incrementAndGet();
  }

  /** Messages that arrived on the robots' topics. */
  public long received() {
    return received.get();
  }

  /** Voice commands stored as new trigger events. */
  public long recorded() {
    return recorded.get();
  }

  /** Messages skipped because their message id was already processed. */
  public long duplicates() {
    return duplicates.get();
  }

  /** Our own messages coming back from the broker. */
  public long echoes() {
    return echoes.get();
  }

  /** Messages that were not a readable envelope or payload. */
  public long malformed() {
    return malformed.get();
  }

  /** Well-formed messages of a kind the platform does not handle. */
  public long unknown() {
    return unknown.get();
  }

  /**
   * Voice commands refused: unknown robot, or an identity that is not the robot owner's live one.
   */
  public long dropped() {
    return dropped.get();
  }

  /** Every counter by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> all = new LinkedHashMap<>();
    all.put("received", received());
    all.put("recorded", recorded());
    all.put("duplicates", duplicates());
    all.put("echoes", echoes());
    all.put("malformed", malformed());
    all.put("unknown", unknown());
    all.put("dropped", dropped());
    return all;
  }
}
