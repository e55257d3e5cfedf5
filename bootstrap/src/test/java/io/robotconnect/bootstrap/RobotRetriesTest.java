package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The robot adapter's retries keep the numbers its hand-written loops had. */
class RobotRetriesTest {

  @Test
  void theMqttReconnect_waitsHalfASecond_doublingToTenSeconds_forEver() {
    IntervalFunction delays = new Retries().mqttReconnect();

    assertThat(IntStream.rangeClosed(1, 7).mapToObj(delays::apply))
        .containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
    assertThat(delays.apply(1_000_000)).isEqualTo(10_000L);
  }

  @Test
  void theRobotEventIntake_retriesUntilTheStoreIsBack_from100msDoublingToFiveSeconds() {
    RetryConfig config = new Retries().robotEventIntake().getRetryConfig();
    Function<Integer, Long> delays = config.getIntervalFunction();

    assertThat(config.getMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(IntStream.rangeClosed(1, 8).mapToObj(delays::apply))
        .containsExactly(100L, 200L, 400L, 800L, 1_600L, 3_200L, 5_000L, 5_000L);
    assertThat(delays.apply(1_000_000)).isEqualTo(5_000L);
  }
}
