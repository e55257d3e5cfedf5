package io.robotconnect.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxDepth;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's gauges, per channel: messages still to go out, dead letters, and how long the
 * longest-waiting due message has been due. A scrape reads the outbox once (one query) however many
 * gauges it reads, at most once a second whatever the number of scrapers; while the database does
 * not answer, the gauges are NaN.
 */
final class OutboxGauges {
  static final String MESSAGES = "robotconnect.outbox.messages";
  static final String DEAD_LETTERS = "robotconnect.outbox.dead.letters";
  static final String OLDEST_DUE_AGE = "robotconnect.outbox.oldest.due.age";

  private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);
  private static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private final OutboxRepository outbox;
  private final ClockPort clock;
  private Snapshot last; // guarded by this

  /** What one read found; {@code depths} is null when the read failed. */
  private record Snapshot(Instant at, Map<String, OutboxDepth> depths) {}

  private OutboxGauges(OutboxRepository outbox, ClockPort clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Registers the gauges of every channel. */
  static void register(MeterRegistry registry, OutboxRepository outbox, ClockPort clock) {
    OutboxGauges gauges = new OutboxGauges(outbox, clock);
    for (OutboxChannel<?> channel : OutboxChannel.all()) {
      String name = channel.name();
      gauges
          .gauge(name, MESSAGES, (s, d) -> d.pending())
          .description("Outbox messages neither delivered nor dead-lettered")
          .register(registry);
      gauges
          .gauge(name, DEAD_LETTERS, (s, d) -> d.deadLetters())
          .description("Outbox messages given up, kept until retried or purged")
          .register(registry);
      gauges
          .gauge(name, OLDEST_DUE_AGE, OutboxGauges::secondsDue)
          .description("How long the longest-waiting due outbox message has waited (0: none due)")
          .baseUnit("seconds")
          .register(registry);
    }
  }

  /** One reading of a channel's depth. */
  private interface Reading {
    double of(Snapshot snapshot, OutboxDepth depth);
  }

  private static double secondsDue(Snapshot snapshot, OutboxDepth depth) {
    return depth
        .oldestDueAt()
        .map(due -> Math.max(0, Duration.between(due, snapshot.at()).toMillis()) / 1000.0)
        .orElse(0.0);
  }

  private Gauge.Builder<OutboxGauges> gauge(String channel, String metric, Reading reading) {
    ToDoubleFunction<OutboxGauges> value = g -> g.read(channel, reading);
    return Gauge.builder(metric, this, value).tag("channel", channel).strongReference(true);
  }

  private double read(String channel, Reading reading) {
    Snapshot snapshot = snapshot();
    if (snapshot.depths() == null) {
      return Double.NaN;
    }
    return reading.of(
        snapshot, snapshot.depths().getOrDefault(channel, OutboxDepth.empty(channel)));
  }

  private synchronized Snapshot snapshot() {
    Instant now = clock.now();
    if (last != null && now.isBefore(last.at().plus(FRESH_FOR)) && !now.isBefore(last.at())) {
      return last;
    }
    Map<String, OutboxDepth> depths = new HashMap<>();
    try {
      outbox.depths(now).forEach(depth -> depths.put(depth.channel(), depth));
      last = new Snapshot(now, depths);
    } catch (RuntimeException e) {
      LOG.debug("outbox metrics: cannot read the outbox: {}", e.toString());
      last = new Snapshot(now, null);
    }
    return last;
  }
}
