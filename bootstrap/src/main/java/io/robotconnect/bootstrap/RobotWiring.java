package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.IftttConnect;
import io.robotconnect.adapter.out.connect.RealtimeSettings;
import io.robotconnect.adapter.robot.MqttSettings;
import io.robotconnect.adapter.robot.RobotFleet;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.broker.EmbeddedBroker;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.RealtimeNotificationPort;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.PushPhraseListHandler;
import io.robotconnect.application.service.RealtimeOutboxHandler;
import io.robotconnect.application.service.RecordVoiceCommandService;
import java.time.Clock;
import java.util.Optional;

/**
 * The robot fleet (MQTT broker session, embedded broker when no URL is set), voice-command intake,
 * phrase-list pushes and Realtime API notifications with their outbox drainers.
 */
public final class RobotWiring {
  private static final int EVENT_THREADS = 4;
  // Calls to IFTTT overlap so that one slow answer does not delay the notifications queued behind
  // it.
  private static final int REALTIME_CALLS_IN_FLIGHT = 4;

  private RobotWiring() {}

  /** What the robot step provides to the later steps and the REST resources. */
  public record Provided(
      RobotSettings settings,
      BrokerAddress broker,
      RecordVoiceCommandUseCase recordVoiceCommand,
      RobotFleet fleet,
      RobotCommandPort robotCommands) {}

  static Provided wire(Wiring w, PersistenceWiring.Provided persistence, CoreWiring.Provided core) {
    RobotSettings settings = RobotSettings.from(w.env());
    String brokerUrl = settings.mqttUrl().orElseGet(() -> startEmbeddedBroker(w, settings));

    OutboxSignal signal = persistence.outboxSignal();
    RecordVoiceCommandUseCase recordVoiceCommand =
        new RecordVoiceCommandService(
            persistence.robots(),
            persistence.triggerIdentities(),
            persistence.triggerEvents(),
            persistence.outbox(),
            persistence.unitOfWork(),
            signal);

    MqttSettings mqtt =
        MqttSettings.of(
                brokerUrl,
                new RobotTopics(settings.topicRoot(), settings.environment()),
                settings.clientId())
            .withCredentials(settings.mqttUsername(), settings.mqttPassword())
            .withSharedSubscription(settings.sharedSubscription());
    RobotFleet fleet =
        w.lifecycle()
            .onClose(
                "robot fleet",
                new RobotFleet(mqtt, recordVoiceCommand, Clock.systemUTC(), EVENT_THREADS));
    fleet.start();

    RealtimeNotificationPort realtime =
        w.lifecycle()
            .onClose(
                "realtime client",
                IftttConnect.realtime(
                    RealtimeSettings.of(settings.realtimeUrl(), serviceKey(w)), w.json()))
            .port();
    OutboxDrainers.start(
        w,
        persistence,
        core,
        new RealtimeOutboxHandler(realtime),
        OutboxDrainService.Settings.of(RealtimeOutboxHandler.CHANNEL, 1000),
        OutboxDrainer.Settings.standard().withInFlight(REALTIME_CALLS_IN_FLIGHT));
    OutboxDrainers.start(
        w,
        persistence,
        core,
        new PushPhraseListHandler(
            persistence.robots(),
            persistence.triggerIdentities(),
            persistence.unitOfWork(),
            fleet.phraseLists()),
        OutboxDrainService.Settings.of(PushPhraseListHandler.CHANNEL, 100),
        OutboxDrainer.Settings.standard());
    return new Provided(
        settings, new BrokerAddress(brokerUrl), recordVoiceCommand, fleet, fleet.commands());
  }

  private static String startEmbeddedBroker(Wiring w, RobotSettings settings) {
    EmbeddedBroker broker =
        new EmbeddedBroker(
            "127.0.0.1",
            settings.embeddedPort(),
            Optional.of(w.core().dataDir().resolve("broker")));
    try {
      broker.start();
    } catch (EmbeddedBroker.PortInUseException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_MQTT_EMBEDDED_PORT",
          "port "
              + e.port()
              + " is already in use; choose another port or set ROBOTCONNECT_MQTT_URL");
    }
    w.lifecycle().onClose("embedded MQTT broker", broker);
    w.banner()
        .add(
            "MQTT: embedded broker at "
                + broker.url()
                + " (ROBOTCONNECT_MQTT_URL unset), topics "
                + settings.topicRoot()
                + "/"
                + settings.environment()
                + "/...");
    return broker.url();
  }

  private static String serviceKey(Wiring w) {
    return w.core()
        .serviceKey()
        .orElseGet(() -> w.secrets().loadOrGenerate("ifttt-service-key").value());
  }
}
