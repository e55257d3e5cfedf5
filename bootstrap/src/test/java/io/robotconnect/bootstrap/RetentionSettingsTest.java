package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.service.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionSettingsTest {

  @Test
  void unset_everySettingHasItsDocumentedDefault() {
    RetentionSettings settings = RetentionSettings.from(new Environment(Map.of()));

    assertThat(settings.policy()).isEqualTo(RetentionPolicy.defaults());
    assertThat(settings.policy().deadLetters()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.policy().webhookReceipts()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.policy().triggerEvents()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.policy().newestTriggerEventsKept()).isEqualTo(50);
    assertThat(settings.policy().batchSize()).isEqualTo(1000);
    assertThat(settings.schedule())
        .isEqualTo(new RetentionPurger.Schedule(Duration.ofHours(1), Duration.ofMillis(100)));
  }

  @Test
  void everySetting_takesSecondsOrIso8601() {
    RetentionSettings settings =
        RetentionSettings.from(
            new Environment(
                Map.of(
                    "ROBOTCONNECT_RETAIN_DEAD_LETTERS", "P90D",
                    "ROBOTCONNECT_RETAIN_WEBHOOK_RECEIPTS", "86400",
                    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS", "p365d",
                    "ROBOTCONNECT_RETAIN_SCRIPT_RUNS", "P2D",
                    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS_NEWEST", "500",
                    "ROBOTCONNECT_RETAIN_PURGE_INTERVAL", "PT10M",
                    "ROBOTCONNECT_RETAIN_PURGE_PAUSE", "0",
                    "ROBOTCONNECT_RETAIN_PURGE_BATCH", "200")));

    assertThat(settings.policy())
        .isEqualTo(
            new RetentionPolicy(
                Duration.ofDays(90),
                Duration.ofDays(1),
                Duration.ofDays(365),
                Duration.ofDays(2),
                500,
                200));
    assertThat(settings.schedule())
        .isEqualTo(new RetentionPurger.Schedule(Duration.ofMinutes(10), Duration.ZERO));
  }

  @ParameterizedTest
  @CsvSource({
    "ROBOTCONNECT_RETAIN_DEAD_LETTERS, PT23H59M59S, must be at least P1D",
    "ROBOTCONNECT_RETAIN_WEBHOOK_RECEIPTS, 3600, must be at least P1D",
    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS, 0, must be at least P1D",
    "ROBOTCONNECT_RETAIN_SCRIPT_RUNS, PT1H, must be at least P1D",
    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS, a month, not a duration",
    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS_NEWEST, 49, must be between 50 and 500",
    "ROBOTCONNECT_RETAIN_TRIGGER_EVENTS_NEWEST, many, not a number",
    "ROBOTCONNECT_RETAIN_PURGE_INTERVAL, 59, must be between PT1M and PT168H",
    "ROBOTCONNECT_RETAIN_PURGE_PAUSE, PT2M, must be between PT0S and PT1M",
    "ROBOTCONNECT_RETAIN_PURGE_BATCH, 0, must be between 1 and 10000",
  })
  void aBadValue_stopsStartUp_namingTheVariable(String variable, String value, String problem) {
    Environment env = new Environment(Map.of(variable, value));

    assertThatThrownBy(() -> RetentionSettings.from(env))
        .isInstanceOfSatisfying(
            ConfigurationException.class, e -> assertThat(e.variable()).isEqualTo(variable))
        .hasMessageStartingWith(variable + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void theMinimumPeriod_isAccepted() {
    RetentionSettings settings =
        RetentionSettings.from(new Environment(Map.of("ROBOTCONNECT_RETAIN_DEAD_LETTERS", "P1D")));

    assertThat(settings.policy().deadLetters()).isEqualTo(Duration.ofDays(1));
  }
}
