package io.robotconnect.application.service;

import io.robotconnect.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small in-process cache of answers that may be a few seconds old. Bounded: when full it starts
 * over, so it never grows without limit. A zero time-to-live turns it off.
 */
public final class ExpiringCache<K, V> {
  private record Entry<V>(V value, Instant expiresAt) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final ClockPort clock;
  private final Duration timeToLive;
  private final int maxEntries;

  public ExpiringCache(ClockPort clock, Duration timeToLive, int maxEntries) {
    if (timeToLive.isNegative()) {
      throw new IllegalArgumentException("time to live must not be negative");
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a cache holds at least one entry");
    }
    this.clock = clock;
    this.timeToLive = timeToLive;
    this.maxEntries = maxEntries;
  }

  public Optional<V> get(K key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.now().isBefore(entry.expiresAt())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  public void put(K key, V value) {
    if (timeToLive.isZero()) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, clock.now().plus(timeToLive)));
  }

  public void invalidate(K key) {
    entries.remove(key);
  }

  public void invalidateAll() {
    entries.clear();
  }
}
