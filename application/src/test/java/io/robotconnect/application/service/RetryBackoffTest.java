package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(10));

  @Test
  void theCeilingDoubles_upToTheMaximum() {
    assertThat(backoff.ceilingMillis(0)).isEqualTo(100);
    assertThat(backoff.ceilingMillis(1)).isEqualTo(200);
    assertThat(backoff.ceilingMillis(3)).isEqualTo(800);
    assertThat(backoff.ceilingMillis(40)).isEqualTo(10_000);
    assertThat(backoff.ceilingMillis(Integer.MAX_VALUE)).isEqualTo(10_000);
  }

  @Test
  void delays_areJitteredBetweenHalfAndAllOfTheCeiling() {
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delayAfter(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }
    long distinct =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> backoff.delayAfter(5))
            .distinct()
            .count();
    assertThat(distinct).as("jitter spreads retries").isGreaterThan(1);
  }
}
