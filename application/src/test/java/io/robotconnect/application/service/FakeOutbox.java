package io.robotconnect.application.service;

import io.robotconnect.application.port.out.DeadLetter;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory outbox with leases, for unit tests of the services. */
final class FakeOutbox implements OutboxRepository {
  static final class Row {
    final long id;
    final String channel;
    final OutboxPayload payload;
    int attempts;
    Instant dueAt;
    Instant leasedUntil = Instant.MIN;
    boolean givenUp;
    String lastError;

    Row(long id, OutboxPayload payload, Instant dueAt) {
      this.id = id;
      this.channel = payload.channel().name();
      this.payload = payload;
      this.dueAt = dueAt;
    }
  }

  private final Map<Long, Row> rows = new TreeMap<>();
  private final FixedClock clock;
  private long nextId = 1;

  FakeOutbox(FixedClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void enqueue(OutboxPayload payload) {
    long id = nextId++;
    rows.put(id, new Row(id, payload, clock.now()));
  }

  @Override
  public synchronized <P extends OutboxPayload> List<OutboxMessage<P>> claim(
      OutboxChannel<P> channel, int max, Instant now, Duration lease) {
    List<OutboxMessage<P>> claimed = new ArrayList<>();
    for (Row row : rows.values()) {
      if (claimed.size() == max) {
        break;
      }
      if (row.channel.equals(channel.name())
          && !row.givenUp
          && !row.dueAt.isAfter(now)
          && !row.leasedUntil.isAfter(now)) {
        row.leasedUntil = now.plus(lease);
        P payload = channel.payloadType().cast(row.payload);
        claimed.add(new OutboxMessage<>(row.id, payload, row.attempts, row.dueAt));
      }
    }
    return claimed;
  }

  @Override
  public synchronized void delivered(List<Long> ids) {
    ids.forEach(rows::remove);
  }

  @Override
  public synchronized void retryLater(long id, Instant dueAt, String lastError) {
    Row row = rows.get(id);
    row.attempts++;
    row.dueAt = dueAt;
    row.leasedUntil = Instant.MIN;
    row.lastError = lastError;
  }

  @Override
  public synchronized void giveUp(long id, String lastError) {
    Row row = rows.get(id);
    row.attempts++;
    row.givenUp = true;
    row.lastError = lastError;
  }

  @Override
  public synchronized List<DeadLetter> deadLetters(
      Optional<String> channel, long afterId, int max) {
    return rows.values().stream()
        .filter(r -> r.givenUp && r.id > afterId)
        .filter(r -> channel.map(r.channel::equals).orElse(true))
        .limit(max)
        .map(
            r ->
                new DeadLetter(
                    r.id,
                    r.channel,
                    r.attempts,
                    r.lastError,
                    clock.now(),
                    clock.now(),
                    excerpt(r.payload.toString()),
                    r.payload.toString().length()))
        .toList();
  }

  private static String excerpt(String text) {
    return text.substring(0, Math.min(text.length(), DeadLetter.EXCERPT_CHARS));
  }

  @Override
  public synchronized Optional<String> revive(long id) {
    Row row = rows.get(id);
    if (row == null || !row.givenUp) {
      return Optional.empty();
    }
    revive(row);
    return Optional.of(row.channel);
  }

  @Override
  public synchronized int reviveAll(String channel) {
    List<Row> dead =
        rows.values().stream().filter(r -> r.givenUp && r.channel.equals(channel)).toList();
    dead.forEach(this::revive);
    return dead.size();
  }

  private void revive(Row row) {
    row.givenUp = false;
    row.attempts = 0;
    row.dueAt = clock.now();
    row.leasedUntil = Instant.MIN;
  }

  /** Not used by the tests of the drain and dead-letter services. */
  @Override
  public int purgeDeadLetters(Instant givenUpBefore, int max) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized long pending(OutboxChannel<?> channel) {
    return rows.values().stream()
        .filter(r -> r.channel.equals(channel.name()) && !r.givenUp)
        .count();
  }

  @Override
  public List<OutboxDepth> depths(Instant now) {
    throw new UnsupportedOperationException();
  }

  synchronized List<Row> rows(OutboxChannel<?> channel) {
    return rows.values().stream().filter(r -> r.channel.equals(channel.name())).toList();
  }
}
