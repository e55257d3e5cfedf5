package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.Reachability;
import io.robotconnect.adapter.robot.BrokerReachability;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Reports an outage of one upstream (the Realtime API, the Connect API, the robots' MQTT broker) in
 * a few log lines instead of one per failed call: a WARN line when it starts, another at most every
 * {@code repeatEvery} while it lasts, each with the number of messages waiting for it, and one INFO
 * line when the upstream answers again. Whoever calls the upstream tells it each outcome; it owns
 * no thread and reads the time from its clock.
 *
 * <p>An upstream that keeps failing and recovering is not announced again and again: an outage that
 * starts less than {@code repeatEvery} after the previous line is announced by the next line
 * instead (which counts the short outages in between), and one that ends unannounced is not
 * reported as recovered.
 */
final class UpstreamOutage {
  private static final Logger LOG = LoggerFactory.getLogger(UpstreamOutage.class);
  private static final int MAX_REASON = 300;

  /** How often an outage is reported again while it lasts. */
  static final Duration REPORT_EVERY = Duration.ofMinutes(1);

  private final String upstream;
  private final ClockPort clock;
  private final Duration repeatEvery;
  private final LongSupplier waiting;

  // guarded by this
  private Instant downSince;
  private Instant lastLine;
  private boolean announced;
  private long failures;
  private long failuresSinceLine;
  private long quietOutages;

  /**
   * @param upstream what is called, as the log lines name it (e.g. {@code Realtime API})
   * @param waiting how many messages wait for the upstream (read only when a line is logged)
   */
  UpstreamOutage(String upstream, ClockPort clock, Duration repeatEvery, LongSupplier waiting) {
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.repeatEvery = Objects.requireNonNull(repeatEvery, "repeatEvery");
    this.waiting = Objects.requireNonNull(waiting, "waiting");
  }

  /** An upstream's outage reported every {@link #REPORT_EVERY}, counting the channels' messages. */
  static UpstreamOutage of(
      String upstream, ClockPort clock, OutboxRepository outbox, OutboxChannel<?>... channels) {
    return new UpstreamOutage(
        upstream,
        clock,
        REPORT_EVERY,
        () -> {
          long waiting = 0;
          for (OutboxChannel<?> channel : channels) {
            waiting += outbox.pending(channel);
          }
          return waiting;
        });
  }

  /** This outage told by the IFTTT adapter's clients. */
  Reachability ofIfttt() {
    return new Reachability() {
      @Override
      public void reached() {
        UpstreamOutage.this.reached();
      }

      @Override
      public void unavailable(String reason) {
        UpstreamOutage.this.unavailable(reason);
      }
    };
  }

  /** This outage told by the robot adapter's broker session. */
  BrokerReachability ofBroker() {
    return new BrokerReachability() {
      @Override
      public void connected() {
        reached();
      }

      @Override
      public void unreachable(String reason) {
        unavailable(reason);
      }
    };
  }

  /** A call failed so that it can only succeed later: no answer, a timeout, 429 or 5xx. */
  void unavailable(String reason) {
    Line line = null;
    synchronized (this) {
      Instant now = clock.now();
      if (downSince == null) {
        downSince = now;
        announced = false;
        failures = 0;
      }
      failures++;
      failuresSinceLine++;
      if (lastLine == null || !now.isBefore(lastLine.plus(repeatEvery))) {
        line = lineAt(now, announced ? Kind.STILL_DOWN : Kind.DOWN);
        announced = true;
      }
    }
    if (line != null) {
      log(line, reason);
    }
  }

  /** A call got an answer (whatever it said): the upstream is reachable. */
  void reached() {
    Line line = null;
    synchronized (this) {
      if (downSince == null) {
        return;
      }
      if (announced) {
        line = lineAt(clock.now(), Kind.UP);
      } else {
        quietOutages++;
      }
      downSince = null;
    }
    if (line != null) {
      log(line, null);
    }
  }

  /** Whether an outage is going on (for tests and health). */
  synchronized boolean isDown() {
    return downSince != null;
  }

  /** What the line logged now says; starts counting for the next line. */
  private Line lineAt(Instant now, Kind kind) {
    Line line =
        new Line(
            kind,
            downSince,
            Duration.between(downSince, now),
            kind == Kind.STILL_DOWN ? failuresSinceLine : failures,
            quietOutages);
    lastLine = now;
    failuresSinceLine = 0;
    quietOutages = 0;
    return line;
  }

  private void log(Line line, String reason) {
    long waitingNow = waitingNow();
    String waitingText = waitingNow < 0 ? "unknown" : String.valueOf(waitingNow);
    String quiet =
        line.quietOutages() == 0
            ? ""
            : ", after " + line.quietOutages() + " short outages since the last line";
    String message =
        switch (line.kind()) {
          case DOWN ->
              String.format(
                  "%s unavailable: %s; %s messages waiting (retried; reported again at most every"
                      + " %s while it lasts%s)",
                  upstream, shortened(reason), waitingText, human(repeatEvery), quiet);
          case STILL_DOWN ->
              String.format(
                  "%s still unavailable after %s (%d failed calls since the last line%s): %s;"
                      + " %s messages waiting",
                  upstream,
                  human(line.downFor()),
                  line.failedCalls(),
                  quiet,
                  shortened(reason),
                  waitingText);
          case UP ->
              String.format(
                  "%s reachable again after %s (%d failed calls%s); %s messages waiting",
                  upstream, human(line.downFor()), line.failedCalls(), quiet, waitingText);
        };
    LOG.atLevel(line.kind() == Kind.UP ? Level.INFO : Level.WARN)
        .addKeyValue("upstream", upstream)
        .addKeyValue("upstreamState", line.kind() == Kind.UP ? "up" : "down")
        .addKeyValue("downSince", line.downSince().toString())
        .addKeyValue("downForSeconds", line.downFor().toSeconds())
        .addKeyValue("failedCalls", line.failedCalls())
        .addKeyValue("waiting", waitingNow)
        .log(message);
  }

  private long waitingNow() {
    try {
      return waiting.getAsLong();
    } catch (RuntimeException e) {
      return -1; // the store may be down as well
    }
  }

  private static String shortened(String reason) {
    String text = String.valueOf(reason).replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
  }

  /** {@code 45 s}, {@code 3 min 5 s}, {@code 2 h 4 min}. */
  static String human(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    long minutes = seconds / 60;
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }

  private enum Kind {
    DOWN,
    STILL_DOWN,
    UP
  }

  /**
   * One line to log.
   *
   * @param failedCalls of the outage so far (down, up), or since the last line (still down)
   */
  private record Line(
      Kind kind, Instant downSince, Duration downFor, long failedCalls, long quietOutages) {}
}
