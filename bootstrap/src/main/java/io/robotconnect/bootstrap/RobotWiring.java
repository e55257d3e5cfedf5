package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.IftttConnect;
import io.robotconnect.adapter.out.connect.RealtimeSettings;
import io.robotconnect.adapter.robot.RobotAdapter;
import io.robotconnect.adapter.robot.RobotAdapterSettings;
import io.robotconnect.adapter.robot.RobotFleetStatus;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.broker.EmbeddedBroker;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.RealtimeNotificationPort;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.PushPhraseListHandler;
import io.robotconnect.application.service.RealtimeOutboxHandler;
import io.robotconnect.application.service.RecordVoiceCommandService;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The robot fleet (MQTT broker session, embedded broker when no URL is set), voice-command intake,
 * phrase-list pushes and Realtime API notifications with their outbox drainers.
 */
public final class RobotWiring {
  private static final int EVENT_THREADS = 4;
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(3);
  // Calls to IFTTT overlap so that one slow answer does not delay the notifications queued behind
  // it.
  private static final int REALTIME_CALLS_IN_FLIGHT = 4;

  private RobotWiring() {}

  /** What the robot step provides to the later steps and the REST resources. */
  public record Provided(
      RobotSettings settings,
      BrokerAddress broker,
      RecordVoiceCommandUseCase recordVoiceCommand,
      RobotFleetStatus fleet,
      RobotCommandPort robotCommands) {}

  static Provided wire(Wiring w, PersistenceWiring.Provided persistence, CoreWiring.Provided core) {
    RobotSettings settings = RobotSettings.from(w.env());

    OutboxSignal signal = persistence.outboxSignal();
    RecordVoiceCommandUseCase recordVoiceCommand =
        new RecordVoiceCommandService(
            persistence.robots(),
            persistence.triggerIdentities(),
            persistence.triggerEvents(),
            persistence.outbox(),
            persistence.unitOfWork(),
            signal);

    UpstreamOutage broker =
        UpstreamOutage.of(
            "MQTT broker", core.clock(), persistence.outbox(), OutboxChannel.ROBOT_PHRASES);
    RobotAdapter.Provided fleet = startRobotAdapter(w, settings, recordVoiceCommand, broker);

    RealtimeNotificationPort realtime =
        w.lifecycle()
            .onClose(
                "realtime client",
                IftttConnect.realtime(
                    RealtimeSettings.of(settings.realtimeUrl(), serviceKey(w)),
                    w.json(),
                    w.metrics(),
                    UpstreamOutage.of(
                            "Realtime API",
                            core.clock(),
                            persistence.outbox(),
                            OutboxChannel.REALTIME)
                        .ofIfttt()))
            .port();
    OutboxDrainers.start(
        w,
        persistence,
        core,
        new RealtimeOutboxHandler(realtime),
        1000,
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
        100,
        OutboxDrainer.Settings.standard());
    return new Provided(
        settings,
        new BrokerAddress(fleet.brokerUrl()),
        recordVoiceCommand,
        fleet.fleetStatus(),
        new MeteredRobotCommands(fleet.robotCommands(), w.metrics()));
  }

  /** The fleet's MQTT side, with the embedded broker when no ROBOTCONNECT_MQTT_URL is set. */
  private static RobotAdapter.Provided startRobotAdapter(
      Wiring w,
      RobotSettings settings,
      RecordVoiceCommandUseCase recordVoiceCommand,
      UpstreamOutage brokerOutage) {
    RobotAdapterSettings.Broker broker =
        settings
            .mqttUrl()
            .<RobotAdapterSettings.Broker>map(RobotAdapterSettings.Broker.External::new)
            .orElseGet(
                () ->
                    new RobotAdapterSettings.Broker.Embedded(
                        "127.0.0.1",
                        settings.embeddedPort(),
                        Optional.of(w.core().dataDir().resolve("broker"))));
    RobotAdapterSettings adapterSettings =
        new RobotAdapterSettings(
            broker,
            settings.mqttUsername(),
            settings.mqttPassword(),
            new RobotTopics(settings.topicRoot(), settings.environment()),
            settings.clientId(),
            settings.sharedSubscription(),
            PUBLISH_TIMEOUT,
            EVENT_THREADS);
    RobotAdapter.Provided fleet;
    try {
      fleet =
          RobotAdapter.start(
              adapterSettings,
              recordVoiceCommand,
              w.json(),
              w.retries().mqttReconnect(),
              w.retries().robotEventIntake(),
              Clock.systemUTC(),
              brokerOutage.ofBroker());
    } catch (EmbeddedBroker.PortInUseException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_MQTT_EMBEDDED_PORT",
          "port "
              + e.port()
              + " is already in use; choose another port or set ROBOTCONNECT_MQTT_URL");
    }
    w.lifecycle().onClose("robot fleet", fleet.closeable());
    fleet
        .embeddedBroker()
        .ifPresent(
            embedded ->
                w.banner()
                    .add(
                        "MQTT: embedded broker at "
                            + embedded.url()
                            + " (ROBOTCONNECT_MQTT_URL unset), topics "
                            + settings.topicRoot()
                            + "/"
                            + settings.environment()
                            + "/..."));
    return fleet;
  }

  private static String serviceKey(Wiring w) {
    return w.core()
        .serviceKey()
        .orElseGet(() -> w.secrets().loadOrGenerate("ifttt-service-key").value());
  }
}
