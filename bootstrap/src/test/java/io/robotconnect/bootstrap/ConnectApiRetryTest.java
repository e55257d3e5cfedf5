package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectApiRetryTest {

  @Test
  void connectApi_triesThreeTimes_waitingTwiceAsLongBeforeEachNextAttempt() {
    Retry retry = new Retries().connectApi(3, Duration.ofMillis(200));

    var interval = retry.getRetryConfig().getIntervalBiFunction();
    assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(3);
    assertThat(List.of(interval.apply(1, null), interval.apply(2, null)))
        .containsExactly(200L, 400L);
  }

  @Test
  void connectApi_sendsAgainWhatFails_untilAnAttemptSucceeds() {
    Retry retry = new Retries().connectApi(3, Duration.ofMillis(1));
    List<Duration> waits = new ArrayList<>();
    retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
    AtomicInteger calls = new AtomicInteger();

    String answer =
        retry.executeSupplier(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("attempt " + calls.get() + " failed");
              }
              return "answered";
            });

    assertThat(answer).isEqualTo("answered");
    assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2));
  }

  @Test
  void connectApi_givesUpAfterItsAttempts_withTheLastFailure() {
    Retry retry = new Retries().connectApi(3, Duration.ofMillis(1));
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      throw new IllegalStateException("attempt " + calls.incrementAndGet());
                    }))
        .hasMessage("attempt 3");
    assertThat(calls).hasValue(3);
  }

  @Test
  void connectApi_isMadeFromTheOneRegistry() {
    Retries retries = new Retries();

    Retry retry = retries.connectApi(3, Duration.ofMillis(200));

    assertThat(retries.registry().getAllRetries()).contains(retry);
  }
}
