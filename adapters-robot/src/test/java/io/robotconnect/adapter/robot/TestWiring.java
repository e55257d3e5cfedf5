package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.robotconnect.adapter.robot.simulator.SimulatedRobot;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What bootstrap hands the robot adapter, made the same way here (bootstrap is downstream of this
 * module): the JSON configuration of {@code JsonMapping} and the retries of {@code Retries}.
 */
final class TestWiring {
  private TestWiring() {}

  /** The platform's parser limits: nesting 64, strings 256 KiB, keys 1 KiB, no repeated keys. */
  static ObjectMapper json() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(256 * 1024)
                    .maxNameLength(1024)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  static IntervalFunction reconnectDelays() {
    return IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2, Duration.ofSeconds(10));
  }

  static Retry untilStored() {
    return Retry.of(
        "robot-event-intake",
        RetryConfig.custom()
            .maxAttempts(Integer.MAX_VALUE)
            .intervalFunction(
                IntervalFunction.ofExponentialBackoff(
                    Duration.ofMillis(100), 2, Duration.ofSeconds(5)))
            .build());
  }

  static SimulatedRobot.Link link(String brokerUrl, RobotTopics topics) {
    return new SimulatedRobot.Link(brokerUrl, topics, json(), reconnectDelays());
  }

  /** The platform's side of the fleet on an external broker, with a 2-second publish timeout. */
  static RobotAdapter.Provided startFleet(
      String brokerUrl,
      RobotTopics topics,
      String clientId,
      RecordVoiceCommandUseCase voiceCommands,
      Clock clock,
      int eventThreads) {
    RobotAdapterSettings settings =
        new RobotAdapterSettings(
            new RobotAdapterSettings.Broker.External(brokerUrl),
            Optional.empty(),
            Optional.empty(),
            topics,
            clientId,
            false,
            Duration.ofSeconds(2),
            eventThreads);
    return RobotAdapter.start(
        settings, voiceCommands, json(), reconnectDelays(), untilStored(), clock);
  }
}
