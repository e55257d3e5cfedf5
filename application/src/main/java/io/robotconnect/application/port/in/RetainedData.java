package io.robotconnect.application.port.in;

/**
 * The kinds of stored data that are purged once past their retention. A new kind is one more
 * constant here, with its period in {@code RetentionPolicy}, a batched purge method on its
 * repository and a case in {@code RetentionService}.
 */
public enum RetainedData {
  /** Outbox messages given up on, kept for ops to inspect and retry. */
  DEAD_LETTERS,
  /** The receipts of Connect webhooks, by which a redelivery is recognised. */
  WEBHOOK_RECEIPTS,
  /** Trigger events that rolled off their timeline: older than any poll can ask for. */
  TRIGGER_EVENTS,
  /** Owner-app sessions past their expiry. */
  OWNER_SESSIONS,
  /** OAuth authorization codes past their expiry, redeemed or not. */
  AUTHORIZATION_CODES,
  /** The records of finished runtime-script runs, with their call journals. */
  SCRIPT_RUNS
}
