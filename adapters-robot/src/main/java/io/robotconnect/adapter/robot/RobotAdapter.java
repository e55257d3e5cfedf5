package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.robotconnect.adapter.robot.RobotAdapterSettings.Broker;
import io.robotconnect.adapter.robot.broker.EmbeddedBroker;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import java.time.Clock;
import java.util.Optional;

/**
 * The robot adapter's one entry point: starts the platform's side of the robot fleet (an embedded
 * broker when asked for, the MQTT session, the intake of robots' voice commands) and hands back the
 * ports it provides.
 */
public final class RobotAdapter {
  private RobotAdapter() {}

  /**
   * What the robot adapter provides.
   *
   * @param brokerUrl the broker the fleet uses (the embedded one's when it started one)
   * @param embeddedBroker the broker it started in this process, if any
   * @param closeable stops the fleet's session and then the embedded broker; for the lifecycle
   */
  public record Provided(
      RobotCommandPort robotCommands,
      RobotPhraseListPort phraseLists,
      RobotFleetStatus fleetStatus,
      String brokerUrl,
      Optional<EmbeddedBroker> embeddedBroker,
      AutoCloseable closeable) {}

  /**
   * Starts the adapter: the embedded broker at once, when the settings ask for one; the MQTT
   * session in the background, retrying until the broker answers.
   *
   * @param recordVoiceCommand where the voice commands robots report go
   * @param json the platform's one JSON mapper; robots' messages are read under its limits
   * @param reconnectDelays the delay before the n-th attempt in a row to reach the broker
   * @param untilStored retries recording voice commands while the store is unavailable
   * @throws EmbeddedBroker.PortInUseException when the embedded broker's port is taken
   */
  public static Provided start(
      RobotAdapterSettings settings,
      RecordVoiceCommandUseCase recordVoiceCommand,
      ObjectMapper json,
      IntervalFunction reconnectDelays,
      Retry untilStored,
      Clock clock) {
    return start(settings, recordVoiceCommand, json, reconnectDelays, untilStored, clock, null);
  }

  /**
   * Starts the adapter as {@link #start(RobotAdapterSettings, RecordVoiceCommandUseCase,
   * ObjectMapper, IntervalFunction, Retry, Clock)} does, telling {@code reachability} of the
   * broker's outages instead of logging each failed connect attempt.
   */
  public static Provided start(
      RobotAdapterSettings settings,
      RecordVoiceCommandUseCase recordVoiceCommand,
      ObjectMapper json,
      IntervalFunction reconnectDelays,
      Retry untilStored,
      Clock clock,
      BrokerReachability reachability) {
    Optional<EmbeddedBroker> embedded =
        settings.broker() instanceof Broker.Embedded wanted
            ? Optional.of(
                new EmbeddedBroker(wanted.host(), wanted.port(), wanted.dataDir()).start())
            : Optional.empty();
    String url =
        embedded
            .map(EmbeddedBroker::url)
            .orElseGet(() -> ((Broker.External) settings.broker()).url());
    RobotFleet fleet;
    try {
      fleet =
          new RobotFleet(
                  settings.mqtt(url),
                  new EnvelopeCodec(json),
                  recordVoiceCommand,
                  reconnectDelays,
                  untilStored,
                  clock,
                  settings.eventThreads(),
                  reachability)
              .start();
    } catch (RuntimeException e) {
      embedded.ifPresent(EmbeddedBroker::close);
      throw e;
    }
    return new Provided(
        fleet.commands(),
        fleet.phraseLists(),
        fleet,
        url,
        embedded,
        () -> {
          fleet.close();
          embedded.ifPresent(EmbeddedBroker::close);
        });
  }
}
