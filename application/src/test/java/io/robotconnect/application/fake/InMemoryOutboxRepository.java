package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An outbox in a map; a claimed message is hidden by moving its due time to the lease's end. A
 * payload is stored as its {@code toString()}, the text its dead letter shows.
 */
public final class InMemoryOutboxRepository implements OutboxRepository {
  private final ClockPort clock;
  private final Map<Long, Entry> entries = new TreeMap<>();
  private long nextId = 1;

  public InMemoryOutboxRepository(ClockPort clock) {
    this.clock = clock;
  }

  private static final class Entry {
    final long id;
    final String channel;
    final Optional<OutboxPayload> payload;
    final String storedText;
    final Instant createdAt;
    Instant dueAt;
    int attempts;
    boolean givenUp;
    Instant deadAt;
    String lastError;

    Entry(long id, String channel, Optional<OutboxPayload> payload, String text, Instant now) {
      this.id = id;
      this.channel = channel;
      this.payload = payload;
      this.storedText = text;
      this.createdAt = now;
      this.dueAt = now;
    }
  }

  @Override
  public synchronized void enqueue(OutboxPayload payload) {
    add(payload.channel().name(), Optional.of(payload), payload.toString());
  }

  /** Stores a message whose payload text cannot be read, as a broken writer might have. */
  public synchronized void storeUnreadable(OutboxChannel<?> channel, String payloadText) {
    add(channel.name(), Optional.empty(), payloadText);
  }

  private void add(String channel, Optional<OutboxPayload> payload, String text) {
    long id = nextId++;
    entries.put(id, new Entry(id, channel, payload, text, clock.now()));
  }

  @Override
  public synchronized <P extends OutboxPayload> List<OutboxMessage<P>> claim(
      OutboxChannel<P> channel, int max, Instant now, Duration lease) {
    List<Entry> due =
        entries.values().stream()
            .filter(e -> e.channel.equals(channel.name()))
            .filter(e -> !e.givenUp && !e.dueAt.isAfter(now))
            .sorted(Comparator.comparing((Entry e) -> e.dueAt).thenComparing(e -> e.id))
            .limit(max)
            .toList();
    List<OutboxMessage<P>> claimed = new ArrayList<>();
    for (Entry entry : due) {
      if (entry.payload.isEmpty()) {
        giveUp(entry.id, "unreadable payload: not a " + channel.payloadType().getSimpleName());
        continue;
      }
      P payload = channel.payloadType().cast(entry.payload.get());
      claimed.add(new OutboxMessage<>(entry.id, payload, entry.attempts, entry.dueAt));
      entry.dueAt = now.plus(lease);
    }
    return claimed;
  }

  @Override
  public synchronized void delivered(List<Long> ids) {
    ids.forEach(entries::remove);
  }

  @Override
  public synchronized void retryLater(long id, Instant dueAt, String lastError) {
    Entry entry = entries.get(id);
    if (entry != null) {
      entry.dueAt = dueAt;
      entry.attempts++;
      entry.lastError = lastError;
    }
  }

  @Override
  public synchronized void giveUp(long id, String lastError) {
    Entry entry = entries.get(id);
    if (entry != null) {
      entry.givenUp = true;
      entry.deadAt = clock.now();
      entry.attempts++;
      entry.lastError = lastError;
    }
  }

  @Override
  public synchronized List<DeadLetter> deadLetters(
      Optional<String> channel, long afterId, int max) {
    return entries.values().stream()
        .filter(e -> e.givenUp && e.id > afterId)
        .filter(e -> channel.map(e.channel::equals).orElse(true))
        .limit(Math.max(0, max))
        .map(
            e ->
                new DeadLetter(
                    e.id,
                    e.channel,
                    e.attempts,
                    e.lastError,
                    e.createdAt,
                    e.deadAt,
                    e.storedText.substring(
                        0, Math.min(e.storedText.length(), DeadLetter.EXCERPT_CHARS)),
                    e.storedText.length()))
        .toList();
  }

  @Override
  public synchronized Optional<String> revive(long id) {
    Entry entry = entries.get(id);
    if (entry == null || !entry.givenUp) {
      return Optional.empty();
    }
    revive(entry);
    return Optional.of(entry.channel);
  }

  @Override
  public synchronized int reviveAll(String channel) {
    List<Entry> dead =
        entries.values().stream().filter(e -> e.givenUp && e.channel.equals(channel)).toList();
    dead.forEach(this::revive);
    return dead.size();
  }

  private void revive(Entry entry) {
    entry.givenUp = false;
    entry.deadAt = null;
    entry.attempts = 0;
    entry.dueAt = clock.now();
  }

  @Override
  public synchronized int purgeDeadLetters(Instant givenUpBefore, int max) {
    List<Long> purged =
        entries.values().stream()
            .filter(e -> e.givenUp && e.deadAt.isBefore(givenUpBefore))
            .limit(max)
            .map(e -> e.id)
            .toList();
    purged.forEach(entries::remove);
    return purged.size();
  }

  @Override
  public synchronized long pending(OutboxChannel<?> channel) {
    return entries.values().stream()
        .filter(e -> e.channel.equals(channel.name()) && !e.givenUp)
        .count();
  }

  @Override
  public synchronized List<OutboxDepth> depths(Instant now) {
    Map<String, OutboxDepth> depths = new TreeMap<>();
    for (Entry e : entries.values()) {
      OutboxDepth was = depths.getOrDefault(e.channel, OutboxDepth.empty(e.channel));
      Optional<Instant> due =
          e.givenUp || e.dueAt.isAfter(now) ? Optional.empty() : Optional.of(e.dueAt);
      Optional<Instant> oldest =
          Stream.of(was.oldestDueAt(), due)
              .flatMap(Optional::stream)
              .min(Comparator.naturalOrder());
      depths.put(
          e.channel,
          new OutboxDepth(
              e.channel,
              was.pending() + (e.givenUp ? 0 : 1),
              was.deadLetters() + (e.givenUp ? 1 : 0),
              oldest));
    }
    return List.copyOf(depths.values());
  }

  /** The last error recorded for a message (for tests of workers). */
  public synchronized String lastError(long id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.lastError;
  }
}
