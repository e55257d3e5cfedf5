package io.robotconnect.adapter.robot;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import java.time.Clock;

/**
 * The platform's side of the robot fleet over MQTT: one broker session that sends commands and
 * phrase lists to robots and takes their voice commands. Start it once at start-up, close it at
 * shutdown.
 */
final class RobotFleet implements RobotFleetStatus, AutoCloseable {
  private final MqttSettings settings;
  private final MqttConnection connection;
  private final RobotEventListener listener;
  private final MqttRobotCommands commands;
  private final MqttPhraseLists phraseLists;
  private final RobotMessageCounters counters = new RobotMessageCounters();

  /**
   * @param eventThreads how many robot events are stored at once
   * @param reachability told of the broker's outages, or null to log each failed attempt
   */
  RobotFleet(
      MqttSettings settings,
      EnvelopeCodec codec,
      RecordVoiceCommandUseCase recordVoiceCommand,
      IntervalFunction reconnectDelays,
      Retry untilStored,
      Clock clock,
      int eventThreads,
      BrokerReachability reachability) {
    this.settings = settings;
    this.connection = new MqttConnection(settings, reconnectDelays);
    if (reachability != null) {
      connection.watchReachability(reachability);
    }
    OwnerAppEvents appEvents = new OwnerAppEvents(connection, settings.topics(), codec, clock);
    this.listener =
        new RobotEventListener(
            settings.topics(),
            codec,
            recordVoiceCommand,
            untilStored,
            appEvents,
            counters,
            clock,
            eventThreads);
    this.commands = new MqttRobotCommands(connection, settings.topics(), codec, appEvents, clock);
    this.phraseLists = new MqttPhraseLists(connection, settings.topics(), codec, clock);
    connection.onMessage(listener);
    connection.subscribe(triggerSubscription());
  }

  private String triggerSubscription() {
    String filter = settings.topics().allRobots(RobotTopics.TRIGGERS);
    return settings.sharedSubscription()
        ? "$share/" + MqttSettings.SHARED_GROUP + "/" + filter
        : filter;
  }

  /** Connects in the background (retrying until the broker answers) and starts taking events. */
  RobotFleet start() {
    connection.start();
    return this;
  }

  @Override
  public boolean isConnected() {
    return connection.isConnected();
  }

  RobotCommandPort commands() {
    return commands;
  }

  RobotPhraseListPort phraseLists() {
    return phraseLists;
  }

  @Override
  public RobotMessageCounters counters() {
    return counters;
  }

  @Override
  public void close() {
    listener.close();
    connection.close();
  }
}
