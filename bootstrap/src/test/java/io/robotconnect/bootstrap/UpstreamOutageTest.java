package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.robotconnect.application.fake.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An upstream's outage is a few lines with the waiting count, and one line when it is over. */
class UpstreamOutageTest {
  private static final Duration EVERY = Duration.ofMinutes(1);
  private final MutableClock clock = new MutableClock();
  private final AtomicLong waiting = new AtomicLong(7);
  private final UpstreamOutage outage =
      new UpstreamOutage("Realtime API", clock, EVERY, waiting::get);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(UpstreamOutage.class);

  @BeforeEach
  void capture() {
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void release() {
    logger.detachAppender(lines);
  }

  private static Map<String, Object> pairs(ILoggingEvent line) {
    Map<String, Object> pairs = new HashMap<>();
    line.getKeyValuePairs().forEach(p -> pairs.put(p.key, p.value));
    return pairs;
  }

  @Test
  void manyFailuresInAShortTime_areOneLineWithTheWaitingCount() {
    for (int i = 0; i < 500; i++) {
      outage.unavailable("cannot reach the Realtime API: Connection refused");
      clock.advance(Duration.ofMillis(100)); // 50 s in all
    }

    assertThat(lines.list).hasSize(1);
    ILoggingEvent line = lines.list.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.WARN);
    assertThat(line.getFormattedMessage())
        .startsWith(
            "Realtime API unavailable: cannot reach the Realtime API: Connection refused;"
                + " 7 messages waiting");
    assertThat(pairs(line))
        .containsEntry("upstream", "Realtime API")
        .containsEntry("upstreamState", "down")
        .containsEntry("waiting", 7L)
        .containsEntry("failedCalls", 1L);
    assertThat(outage.isDown()).isTrue();
  }

  @Test
  void aLongOutage_isReportedAgainAtMostOnceAMinute_andItsEndOnce() {
    for (int second = 0; second < 600; second++) { // ten minutes, a failure every 0.25 s
      for (int i = 0; i < 4; i++) {
        outage.unavailable("answered 503");
        clock.advance(Duration.ofMillis(250));
      }
      waiting.incrementAndGet();
    }
    List<ILoggingEvent> down = List.copyOf(lines.list);
    outage.reached();
    outage.reached();

    assertThat(down).hasSizeBetween(10, 11);
    assertThat(down).allSatisfy(l -> assertThat(l.getLevel()).isEqualTo(Level.WARN));
    ILoggingEvent second = down.get(1);
    assertThat(second.getFormattedMessage())
        .isEqualTo(
            "Realtime API still unavailable after 1 min (240 failed calls since the last line):"
                + " answered 503; 67 messages waiting");
    assertThat(pairs(second)).containsEntry("downForSeconds", 60L).containsEntry("waiting", 67L);

    assertThat(lines.list).hasSize(down.size() + 1);
    ILoggingEvent up = lines.list.get(lines.list.size() - 1);
    assertThat(up.getLevel()).isEqualTo(Level.INFO);
    assertThat(up.getFormattedMessage())
        .isEqualTo(
            "Realtime API reachable again after 10 min (2400 failed calls); 607 messages waiting");
    assertThat(pairs(up))
        .containsEntry("upstreamState", "up")
        .containsEntry("downForSeconds", 600L)
        .containsEntry("failedCalls", 2400L);
    assertThat(outage.isDown()).isFalse();
  }

  @Test
  void anUpstreamFlappingEverySecond_isStillAFewLinesAMinute() {
    for (int second = 0; second < 300; second++) { // five minutes: down half of every second
      outage.unavailable("timeout");
      clock.advance(Duration.ofMillis(500));
      outage.reached();
      clock.advance(Duration.ofMillis(500));
    }

    assertThat(lines.list).hasSizeLessThanOrEqualTo(2 * 5 + 2);
    assertThat(lines.list)
        .filteredOn(l -> l.getLevel() == Level.WARN)
        .hasSizeGreaterThanOrEqualTo(5)
        .last()
        .satisfies(
            l -> assertThat(l.getFormattedMessage()).contains("short outages since the last line"));
  }

  @Test
  void reachedWithoutAnOutage_logsNothing_andAStoreThatIsDownTooIsNoFailure() {
    outage.reached();
    assertThat(lines.list).isEmpty();

    UpstreamOutage withStoreDown =
        new UpstreamOutage(
            "MQTT broker",
            clock,
            EVERY,
            () -> {
              throw new IllegalStateException("the database cannot be reached");
            });
    withStoreDown.unavailable("lost the MQTT broker");

    assertThat(lines.list).singleElement();
    assertThat(lines.list.get(0).getFormattedMessage()).contains("unknown messages waiting");
    assertThat(pairs(lines.list.get(0))).containsEntry("waiting", -1L);
  }
}
