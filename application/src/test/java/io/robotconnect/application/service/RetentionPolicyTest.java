package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Duration DAY = Duration.ofDays(1);

  @Test
  void theDefaults_areValid_andKeepIftttsDefaultLimitOfEachTimeline() {
    RetentionPolicy defaults = RetentionPolicy.defaults();

    assertThat(defaults.newestTriggerEventsKept()).isEqualTo(50);
    assertThat(defaults.webhookReceipts()).isEqualTo(Duration.ofDays(7));
    assertThat(defaults.batchSize()).isEqualTo(1000);
  }

  @Test
  void everyPeriod_mayBeTheMinimum_butNotShorter() {
    assertThat(new RetentionPolicy(DAY, DAY, DAY, DAY, 50, 1)).isNotNull();

    Duration shorter = DAY.minusNanos(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(shorter, DAY, DAY, DAY, 50, 1))
        .withMessageContaining("dead letters");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, shorter, DAY, DAY, 50, 1))
        .withMessageContaining("webhook receipts");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, Duration.ZERO, DAY, 50, 1))
        .withMessageContaining("trigger events");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, shorter, 50, 1))
        .withMessageContaining("script runs");
  }

  @Test
  void theNewestEventsKept_areAtLeastIftttsDefaultLimit_andAtMostTheLargestAnswered() {
    assertThat(new RetentionPolicy(DAY, DAY, DAY, DAY, 500, 1).newestTriggerEventsKept())
        .isEqualTo(500);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, DAY, 49, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, DAY, 501, 1));
  }

  @Test
  void aBatch_isBetweenOneAndTenThousandRows() {
    assertThat(new RetentionPolicy(DAY, DAY, DAY, DAY, 50, 10_000).batchSize()).isEqualTo(10_000);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, DAY, 50, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RetentionPolicy(DAY, DAY, DAY, DAY, 50, 10_001));
  }
}
