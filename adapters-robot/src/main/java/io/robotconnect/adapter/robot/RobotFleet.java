package io.robotconnect.adapter.robot;

import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotPhraseListPort;
import java.time.Clock;

/**
 * The platform's side of the robot fleet over MQTT: one broker session that sends commands and
 * phrase lists to robots and takes their voice commands. Start it once at start-up, close it at
 * shutdown.
 */
public final class RobotFleet implements AutoCloseable {
  private final MqttSettings settings;
  private final MqttConnection connection;
  private final RobotEventListener listener;
  private final MqttRobotCommands commands;
  private final MqttPhraseLists phraseLists;
  private final RobotMessageCounters counters = new RobotMessageCounters();

  /**
   * @param eventThreads how many robot events are stored at once
   */
  public RobotFleet(
      MqttSettings settings,
      RecordVoiceCommandUseCase recordVoiceCommand,
      Clock clock,
      int eventThreads) {
    this.settings = settings;
    EnvelopeCodec codec = new EnvelopeCodec();
    this.connection = new MqttConnection(settings);
    OwnerAppEvents appEvents = new OwnerAppEvents(connection, settings.topics(), codec, clock);
    this.listener =
        new RobotEventListener(
            settings.topics(), codec, recordVoiceCommand, appEvents, counters, clock, eventThreads);
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
  public RobotFleet start() {
    connection.start();
    return this;
  }

  public boolean isConnected() {
    return connection.isConnected();
  }

  public RobotCommandPort commands() {
    return commands;
  }

  public RobotPhraseListPort phraseLists() {
    return phraseLists;
  }

  public RobotMessageCounters counters() {
    return counters;
  }

  @Override
  public void close() {
    listener.close();
    connection.close();
  }
}
