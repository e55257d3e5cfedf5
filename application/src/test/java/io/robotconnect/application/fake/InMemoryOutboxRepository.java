package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An outbox in a map; a claimed message is hidden by moving its due time to the lease's end. */
public final class InMemoryOutboxRepository implements OutboxRepository {
  private final ClockPort clock;
  private final Map<Long, Entry> entries = new TreeMap<>();
  private long nextId = 1;

  public InMemoryOutboxRepository(ClockPort clock) {
    this.clock = clock;
  }

  private static final class Entry {
    final OutboxMessage message;
    Instant dueAt;
    int attempts;
    boolean givenUp;
    Instant deadAt;
    String lastError;

    Entry(OutboxMessage message) {
      this.message = message;
      this.dueAt = message.dueAt();
    }

    OutboxMessage current() {
      return new OutboxMessage(message.id(), message.channel(), message.payload(), attempts, dueAt);
    }
  }

  @Override
  public synchronized void enqueue(String channel, String payload) {
    long id = nextId++;
    entries.put(id, new Entry(new OutboxMessage(id, channel, payload, 0, clock.now())));
  }

  @Override
  public synchronized List<OutboxMessage> claim(
      String channel, int max, Instant now, Duration lease) {
    List<Entry> due =
        entries.values().stream()
            .filter(e -> e.message.channel().equals(channel))
            .filter(e -> !e.givenUp && !e.dueAt.isAfter(now))
            .sorted(Comparator.comparing((Entry e) -> e.dueAt).thenComparing(e -> e.message.id()))
            .limit(max)
            .toList();
    List<OutboxMessage> claimed = new ArrayList<>();
    for (Entry entry : due) {
      claimed.add(entry.current());
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
        .filter(e -> e.givenUp && e.message.id() > afterId)
        .filter(e -> channel.map(e.message.channel()::equals).orElse(true))
        .limit(Math.max(0, max))
        .map(
            e -> {
              String payload = e.message.payload();
              return new DeadLetter(
                  e.message.id(),
                  e.message.channel(),
                  e.attempts,
                  e.lastError,
                  e.message.dueAt(),
                  e.deadAt,
                  payload.substring(0, Math.min(payload.length(), DeadLetter.EXCERPT_CHARS)),
                  payload.length());
            })
        .toList();
  }

  @Override
  public synchronized Optional<String> revive(long id) {
    Entry entry = entries.get(id);
    if (entry == null || !entry.givenUp) {
      return Optional.empty();
    }
    revive(entry);
    return Optional.of(entry.message.channel());
  }

  @Override
  public synchronized int reviveAll(String channel) {
    List<Entry> dead =
        entries.values().stream()
            .filter(e -> e.givenUp && e.message.channel().equals(channel))
            .toList();
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
  public synchronized long pending(String channel) {
    return entries.values().stream()
        .filter(e -> e.message.channel().equals(channel) && !e.givenUp)
        .count();
  }

  /** The last error recorded for a message (for tests of workers). */
  public synchronized String lastError(long id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.lastError;
  }
}
