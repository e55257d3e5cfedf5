package io.robotconnect.domain.trigger;

/**
 * How many events a trigger poll returns: IFTTT's {@code limit}, 50 when absent, 0 allowed, never
 * more than {@link #MAXIMUM}. A timeline is always newest first.
 */
public record TimelineLimit(int value) {
  public static final int DEFAULT = 50;
  public static final int MAXIMUM = 500;

  public TimelineLimit {
    if (value < 0 || value > MAXIMUM) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAXIMUM);
    }
  }

  /** The limit for what IFTTT asked: absent → 50, above the maximum → the maximum. */
  public static TimelineLimit of(Integer requested) {
    if (requested == null) {
      return new TimelineLimit(DEFAULT);
    }
    if (requested < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return new TimelineLimit(Math.min(requested, MAXIMUM));
  }
}
