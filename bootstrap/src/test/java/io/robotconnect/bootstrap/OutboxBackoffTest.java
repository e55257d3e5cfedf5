package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.service.RetryBackoff;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {
  private final RetryBackoff backoff = new Retries().outboxBackoff();

  @Test
  void theWait_startsAtAboutASecond_andDoubles_jitteredByUpToHalf() {
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delayAfter(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
      assertThat(backoff.delayAfter(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
      assertThat(backoff.delayAfter(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12));
    }
  }

  @Test
  void theWait_isAtMostFiveMinutes_howeverManyAttemptsFailed() {
    for (int failed : new int[] {8, 9, 20, 1000, Integer.MAX_VALUE}) {
      for (int i = 0; i < 50; i++) {
        assertThat(backoff.delayAfter(failed))
            .as("after %d failures", failed)
            .isBetween(Duration.ofSeconds(128), Duration.ofMinutes(5));
      }
    }
  }

  @Test
  void waits_areSpread_soThatMessagesThatFailedTogetherDoNotComeBackTogether() {
    for (int failed : new int[] {2, 19}) {
      long distinct =
          IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(failed)).distinct().count();
      assertThat(distinct).as("after %d failures", failed).isGreaterThan(10);
    }
  }
}
