package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.ConnectApiSettings;
import io.robotconnect.adapter.out.connect.JerseyConnectApiClient;
import io.robotconnect.adapter.out.persistence.Database;
import io.robotconnect.adapter.out.persistence.HibernateConnectionRepositories;
import io.robotconnect.application.port.in.CreateConnectUrlUseCase;
import io.robotconnect.application.port.in.ListUnknownWebhooksUseCase;
import io.robotconnect.application.port.in.ManageUserConnectionUseCase;
import io.robotconnect.application.port.in.ReceiveConnectWebhookUseCase;
import io.robotconnect.application.port.in.RunConnectionStepUseCase;
import io.robotconnect.application.port.out.ClockPort;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.ConnectionRepository;
import io.robotconnect.application.port.out.ConnectionTriggerEventRepository;
import io.robotconnect.application.port.out.FeatureExtension;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.OwnerRepository;
import io.robotconnect.application.port.out.RobotCommandPort;
import io.robotconnect.application.port.out.RobotRepository;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.service.ConnectWebhookHandler;
import io.robotconnect.application.service.ConnectWebhookService;
import io.robotconnect.application.service.ConnectionEffectHandler;
import io.robotconnect.application.service.OutboxDrainService;
import io.robotconnect.application.service.OutboxHandler;
import io.robotconnect.application.service.OutboxSignal;
import io.robotconnect.application.service.OwnerConnectionService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The connections area: the Connect API client, the connection repositories, the webhook intake,
 * the feature behaviours (declared in a YAML file, extended by {@link FeatureExtension}s found with
 * the service loader) and the two outbox drainers that process webhooks and behaviour steps.
 */
final class ConnectWiring {
  private static final int EFFECT_THREADS = 32;

  private ConnectWiring() {}

  static void wire(Wiring w) {
    ConnectSettings settings = ConnectSettings.from(w.env());
    Bindings b = w.bindings();
    HibernateConnectionRepositories repositories =
        b.get(Database.class).repository(HibernateConnectionRepositories::create);
    ConnectionRepository connections =
        b.bind(ConnectionRepository.class, repositories.connections());
    UserConnectionRepository userConnections =
        b.bind(UserConnectionRepository.class, repositories.userConnections());
    WebhookReceiptRepository receipts =
        b.bind(WebhookReceiptRepository.class, repositories.webhookReceipts());
    ConnectionTriggerEventRepository events =
        b.bind(ConnectionTriggerEventRepository.class, repositories.triggerEvents());

    ConnectApiPort connectApi =
        b.bind(
            ConnectApiPort.class,
            w.lifecycle()
                .onClose(
                    "connect api client",
                    new JerseyConnectApiClient(
                        new ConnectApiSettings(
                            settings.apiUrl(),
                            ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
                            serviceKey(w),
                            settings.redirectUris(),
                            Duration.ofSeconds(5),
                            settings.timeout(),
                            3,
                            Duration.ofMillis(200)))));

    List<FeatureExtension> extensions = new ArrayList<>();
    ServiceLoader.load(FeatureExtension.class).forEach(extensions::add);
    Set<String> extensionNames =
        extensions.stream().map(FeatureExtension::name).collect(Collectors.toSet());
    BehaviourFile.Loaded behaviours;
    try {
      behaviours =
          BehaviourFile.load(
              settings
                  .behavioursFile()
                  .map(BehaviourFile::file)
                  .orElseGet(() -> BehaviourFile.classpath(BehaviourFile.DEFAULT_RESOURCE)),
              extensionNames);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("ROBOTCONNECT_CONNECT_BEHAVIOURS", e.getMessage(), e);
    }

    OutboxRepository outbox = b.get(OutboxRepository.class);
    UnitOfWork unitOfWork = b.get(UnitOfWork.class);
    knowBundledDefinitions(connections, unitOfWork, behaviours);
    ClockPort clock = b.get(ClockPort.class);
    OutboxSignal signal =
        b.has(OutboxSignal.class)
            ? b.get(OutboxSignal.class)
            : b.bind(OutboxSignal.class, new OutboxSignal());
    ConnectWebhookService webhookIntake =
        new ConnectWebhookService(receipts, outbox, unitOfWork, clock, signal);
    b.bind(ReceiveConnectWebhookUseCase.class, webhookIntake);
    b.bind(ListUnknownWebhooksUseCase.class, webhookIntake);

    OwnerConnectionService ownerConnections =
        new OwnerConnectionService(
            connectApi, connections, userConnections, b.get(OwnerRepository.class), unitOfWork);
    b.bind(ManageUserConnectionUseCase.class, ownerConnections);
    b.bind(RunConnectionStepUseCase.class, ownerConnections);
    b.bind(CreateConnectUrlUseCase.class, ownerConnections);

    startDrainer(
        w,
        signal,
        ConnectWebhookService.CHANNEL,
        new ConnectWebhookHandler(
            connectApi,
            connections,
            userConnections,
            events,
            outbox,
            unitOfWork,
            clock,
            signal,
            behaviours.book()),
        50);
    startDrainer(
        w,
        signal,
        ConnectionEffectHandler.CHANNEL,
        new ConnectionEffectHandler(
            events,
            connectApi,
            b.get(RobotRepository.class),
            robotCommands(b),
            behaviours.book(),
            extensions,
            effectExecutor(w)),
        2 * EFFECT_THREADS);
    w.banner()
        .add(
            "Connect: API "
                + settings.apiUrl()
                + ", behaviours for "
                + behaviours.definitions().keySet()
                + (extensions.isEmpty() ? "" : ", extensions " + extensionNames));
  }

  /**
   * Stores the bundled definitions of connections IFTTT has not shown the platform yet, so that the
   * owner-app API knows them from the start (it answers 404 for connections it does not know).
   */
  private static void knowBundledDefinitions(
      ConnectionRepository connections, UnitOfWork unitOfWork, BehaviourFile.Loaded behaviours) {
    unitOfWork.run(
        () ->
            behaviours
                .definitions()
                .forEach(
                    (id, definition) -> {
                      if (connections.findById(id).isEmpty()) {
                        connections.save(definition);
                      }
                    }));
  }

  private static void startDrainer(
      Wiring w, OutboxSignal signal, String channel, OutboxHandler handler, int batchSize) {
    OutboxDrainers.start(
        w,
        signal,
        handler,
        OutboxDrainService.Settings.of(channel, batchSize),
        OutboxDrainer.Settings.standard().withPollInterval(Duration.ofMillis(500)));
  }

  /** Threads that run behaviour steps side by side (a slow Connect API must not serialise them). */
  private static ExecutorService effectExecutor(Wiring w) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            EFFECT_THREADS,
            runnable -> {
              Thread thread = new Thread(runnable, "connection-effects-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    w.lifecycle()
        .onClose(
            "connection effect threads",
            () -> {
              executor.shutdown();
              if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
              }
            });
    return executor;
  }

  /** The robot commands port, looked up when first used so wiring order does not matter. */
  private static RobotCommandPort robotCommands(Bindings b) {
    return command -> {
      if (!b.has(RobotCommandPort.class)) {
        throw new RobotTransportUnavailableException("no robot transport is wired", null);
      }
      return b.get(RobotCommandPort.class).send(command);
    };
  }

  private static String serviceKey(Wiring w) {
    return w.core()
        .serviceKey()
        .orElseGet(() -> w.secrets().loadOrGenerate("ifttt-service-key").value());
  }
}
