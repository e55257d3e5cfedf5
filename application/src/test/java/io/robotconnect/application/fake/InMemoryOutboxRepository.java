package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
      entry.lastError = lastError;
    }
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
