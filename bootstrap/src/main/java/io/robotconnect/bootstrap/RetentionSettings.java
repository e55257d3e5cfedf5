package io.robotconnect.bootstrap;

import io.robotconnect.application.service.RetentionPolicy;
import io.robotconnect.domain.trigger.TimelineLimit;
import java.time.Duration;

/**
 * What is kept how long, and when the purge runs (see the README's table and docs/operations.md).
 */
record RetentionSettings(RetentionPolicy policy, RetentionPurger.Schedule schedule) {
  static final String DEAD_LETTERS = "ROBOTCONNECT_RETAIN_DEAD_LETTERS";
  static final String WEBHOOK_RECEIPTS = "ROBOTCONNECT_RETAIN_WEBHOOK_RECEIPTS";
  static final String TRIGGER_EVENTS = "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS";
  static final String SCRIPT_RUNS = "ROBOTCONNECT_RETAIN_SCRIPT_RUNS";
  static final String TRIGGER_EVENTS_NEWEST = "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS_NEWEST";
  static final String PURGE_INTERVAL = "ROBOTCONNECT_RETAIN_PURGE_INTERVAL";
  static final String PURGE_PAUSE = "ROBOTCONNECT_RETAIN_PURGE_PAUSE";
  static final String PURGE_BATCH = "ROBOTCONNECT_RETAIN_PURGE_BATCH";

  static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
  static final Duration DEFAULT_PAUSE = Duration.ofMillis(100);

  static RetentionSettings from(Environment env) {
    RetentionPolicy policy =
        new RetentionPolicy(
            period(env, DEAD_LETTERS, RetentionPolicy.DEFAULT_DEAD_LETTERS),
            period(env, WEBHOOK_RECEIPTS, RetentionPolicy.DEFAULT_WEBHOOK_RECEIPTS),
            period(env, TRIGGER_EVENTS, RetentionPolicy.DEFAULT_TRIGGER_EVENTS),
            period(env, SCRIPT_RUNS, RetentionPolicy.DEFAULT_SCRIPT_RUNS),
            env.integer(
                TRIGGER_EVENTS_NEWEST,
                RetentionPolicy.DEFAULT_NEWEST_TRIGGER_EVENTS_KEPT,
                TimelineLimit.DEFAULT,
                TimelineLimit.MAXIMUM),
            env.integer(
                PURGE_BATCH,
                RetentionPolicy.DEFAULT_BATCH_SIZE,
                1,
                RetentionPolicy.MAXIMUM_BATCH_SIZE));
    Duration interval =
        between(env, PURGE_INTERVAL, DEFAULT_INTERVAL, Duration.ofMinutes(1), Duration.ofDays(7));
    Duration pause = between(env, PURGE_PAUSE, DEFAULT_PAUSE, Duration.ZERO, Duration.ofMinutes(1));
    return new RetentionSettings(policy, new RetentionPurger.Schedule(interval, pause));
  }

  /** A retention period: at least {@link RetentionPolicy#MINIMUM_PERIOD}. */
  private static Duration period(Environment env, String name, Duration defaultValue) {
    Duration value = env.duration(name, defaultValue);
    if (value.compareTo(RetentionPolicy.MINIMUM_PERIOD) < 0) {
      throw new ConfigurationException(
          name,
          "must be at least P"
              + RetentionPolicy.MINIMUM_PERIOD.toDays()
              + "D (seconds, or ISO-8601 like P30D), was "
              + value);
    }
    return value;
  }

  private static Duration between(
      Environment env, String name, Duration defaultValue, Duration min, Duration max) {
    Duration value = env.duration(name, defaultValue);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new ConfigurationException(
          name, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }
}
