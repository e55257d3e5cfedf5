package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.realtime.JerseyRealtimeClient;
import io.robotconnect.adapter.out.connect.realtime.RealtimeSettings;
import io.robotconnect.adapter.robot.MqttSettings;
import io.robotconnect.adapter.robot.RobotFleet;
import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.adapter.robot.broker.EmbeddedBroker;
import io.robotconnect.application.port.in.RecordVoiceCommandUseCase;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.TriggerEventRepository;
import io.robotconnect.application.port.out.TriggerIdentityRepository;
import io.robotconnect.application.port.out.UnitOfWork;
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
final class RobotWiring {
  private static final int EVENT_THREADS = 4;
  // Calls to IFTTT overlap so that one slow answer does not delay the notifications queued behind
  // it.
  private static final int REALTIME_CALLS_IN_FLIGHT = 4;

  private RobotWiring() {}

  static void wire(Wiring w) {
    RobotSettings settings = RobotSettings.from(w.env());
    Bindings b = w.bindings();
    w.bindings().bind(RobotSettings.class, settings);
    String brokerUrl = settings.mqttUrl().orElseGet(() -> startEmbeddedBroker(w, settings));
    b.bind(BrokerAddress.class, new BrokerAddress(brokerUrl));

    OutboxSignal signal =
        b.has(OutboxSignal.class)
            ? b.get(OutboxSignal.class)
            : b.bind(OutboxSignal.class, new OutboxSignal());
    RecordVoiceCommandUseCase recordVoiceCommand =
        b.bind(
            RecordVoiceCommandUseCase.class,
            new RecordVoiceCommandService(
                b.get(RobotRepository.class),
                b.get(TriggerIdentityRepository.class),
                b.get(TriggerEventRepository.class),
                b.get(OutboxRepository.class),
                b.get(UnitOfWork.class),
                signal));

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
    b.bind(RobotFleet.class, fleet);
    b.bind(RobotCommandPort.class, fleet.commands());
    fleet.start();

    JerseyRealtimeClient realtime =
        w.lifecycle()
            .onClose(
                "realtime client",
                new JerseyRealtimeClient(
                    RealtimeSettings.of(settings.realtimeUrl(), serviceKey(w))));
    OutboxDrainers.start(
        w,
        signal,
        new RealtimeOutboxHandler(realtime),
        OutboxDrainService.Settings.of(RealtimeOutboxHandler.CHANNEL, 1000),
        OutboxDrainer.Settings.standard().withInFlight(REALTIME_CALLS_IN_FLIGHT));
    OutboxDrainers.start(
        w,
        signal,
        new PushPhraseListHandler(
            b.get(RobotRepository.class),
            b.get(TriggerIdentityRepository.class),
            b.get(UnitOfWork.class),
            fleet.phraseLists()),
        OutboxDrainService.Settings.of(PushPhraseListHandler.CHANNEL, 100),
        OutboxDrainer.Settings.standard());
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
