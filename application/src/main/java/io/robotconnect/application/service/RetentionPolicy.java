package io.robotconnect.application.service;

import io.robotconnect.domain.trigger.TimelineLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * How long stored data is kept once it is no longer needed, and how much one purge batch deletes.
 * Owner-app sessions and authorization codes have no period here: they go once expired, and their
 * lifetimes are their own settings.
 *
 * @param deadLetters how long a dead letter is kept after it was given up (to inspect and retry)
 * @param webhookReceipts how long a Connect webhook's receipt is kept, so that IFTTT's redelivery
 *     of it within that time is recognised and not acted on again
 * @param triggerEvents how long a trigger event is kept after it occurred, even once it rolled off
 *     its timeline
 * @param scriptRuns how long the record of a finished runtime-script run is kept after it started
 * @param newestTriggerEventsKept how many of each timeline's newest events are kept however old: at
 *     least IFTTT's default poll {@code limit}, at most the largest limit a poll is answered with
 * @param batchSize the most rows of one kind a batch deletes (for trigger events: examines)
 */
public record RetentionPolicy(
    Duration deadLetters,
    Duration webhookReceipts,
    Duration triggerEvents,
    Duration scriptRuns,
    int newestTriggerEventsKept,
    int batchSize) {
  /**
   * The shortest period of each kind. IFTTT documents no redelivery window for Connect webhooks; a
   * redelivery comes within minutes to hours, so a day is the least a receipt is kept.
   */
  public static final Duration MINIMUM_PERIOD = Duration.ofDays(1);

  public static final Duration DEFAULT_DEAD_LETTERS = Duration.ofDays(30);
  public static final Duration DEFAULT_WEBHOOK_RECEIPTS = Duration.ofDays(7);
  public static final Duration DEFAULT_TRIGGER_EVENTS = Duration.ofDays(30);
  public static final Duration DEFAULT_SCRIPT_RUNS = Duration.ofDays(30);
  public static final int DEFAULT_NEWEST_TRIGGER_EVENTS_KEPT = TimelineLimit.DEFAULT;
  public static final int DEFAULT_BATCH_SIZE = 1000;
  public static final int MAXIMUM_BATCH_SIZE = 10_000;

  public RetentionPolicy {
    requireAtLeastTheMinimum(deadLetters, "dead letters");
    requireAtLeastTheMinimum(webhookReceipts, "webhook receipts");
    requireAtLeastTheMinimum(triggerEvents, "trigger events");
    requireAtLeastTheMinimum(scriptRuns, "script runs");
    if (newestTriggerEventsKept < TimelineLimit.DEFAULT
        || newestTriggerEventsKept > TimelineLimit.MAXIMUM) {
      throw new IllegalArgumentException(
          "the newest trigger events kept must be between "
              + TimelineLimit.DEFAULT
              + " and "
              + TimelineLimit.MAXIMUM);
    }
    if (batchSize < 1 || batchSize > MAXIMUM_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "a purge batch must be between 1 and " + MAXIMUM_BATCH_SIZE + " rows");
    }
  }

  /** Every period and size at its default. */
  public static RetentionPolicy defaults() {
    return new RetentionPolicy(
        DEFAULT_DEAD_LETTERS,
        DEFAULT_WEBHOOK_RECEIPTS,
        DEFAULT_TRIGGER_EVENTS,
        DEFAULT_SCRIPT_RUNS,
        DEFAULT_NEWEST_TRIGGER_EVENTS_KEPT,
        DEFAULT_BATCH_SIZE);
  }

  private static void requireAtLeastTheMinimum(Duration period, String what) {
    Objects.requireNonNull(period, what);
    if (period.compareTo(MINIMUM_PERIOD) < 0) {
      throw new IllegalArgumentException(
          "the retention of " + what + " must be at least " + MINIMUM_PERIOD + ", was " + period);
    }
  }
}
