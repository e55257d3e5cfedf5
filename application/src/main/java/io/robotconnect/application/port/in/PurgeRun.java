package io.robotconnect.application.port.in;

import io.robotconnect.application.port.out.TriggerEventRepository.AgePosition;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a purge run stands, between two batches.
 *
 * @param asOf the instant every retention period of the run counts back from
 * @param triggerEventsAfter the last trigger event examined, where the next batch goes on
 * @param finished the kinds with nothing left to purge in this run
 * @param deleted how many rows of each kind the run deleted so far
 */
public record PurgeRun(
    Instant asOf,
    Optional<AgePosition> triggerEventsAfter,
    Set<RetainedData> finished,
    Map<RetainedData, Long> deleted) {
  public PurgeRun {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(triggerEventsAfter, "triggerEventsAfter");
    finished = Set.copyOf(finished);
    deleted = Map.copyOf(deleted);
    if (deleted.values().stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("deleted counts must not be negative");
    }
  }

  /** A run that has purged nothing yet. */
  public static PurgeRun startingAt(Instant asOf) {
    return new PurgeRun(asOf, Optional.empty(), Set.of(), Map.of());
  }

  /** Whether every kind is finished. */
  public boolean isFinished() {
    return finished.containsAll(EnumSet.allOf(RetainedData.class));
  }

  /** How many rows of the kind the run deleted so far. */
  public long deleted(RetainedData kind) {
    return deleted.getOrDefault(kind, 0L);
  }

  /** How many rows the run deleted so far, of every kind. */
  public long totalDeleted() {
    return deleted.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts by kind, every kind listed, in the order of {@link RetainedData}. */
  public Map<RetainedData, Long> deletedByKind() {
    Map<RetainedData, Long> all = new EnumMap<>(RetainedData.class);
    for (RetainedData kind : RetainedData.values()) {
      all.put(kind, deleted(kind));
    }
    return all;
  }
}
