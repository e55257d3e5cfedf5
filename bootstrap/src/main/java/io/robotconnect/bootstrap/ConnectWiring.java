package io.robotconnect.bootstrap;

import io.robotconnect.adapter.out.connect.ConnectApiSettings;
import io.robotconnect.adapter.out.connect.IftttConnect;
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
import io.robotconnect.application.port.out.OutboxChannel;
import io.robotconnect.application.port.out.OutboxRepository;
import io.robotconnect.application.port.out.UnitOfWork;
import io.robotconnect.application.port.out.UserConnectionRepository;
import io.robotconnect.application.port.out.WebhookReceiptRepository;
import io.robotconnect.application.service.ConnectWebhookHandler;
import io.robotconnect.application.service.ConnectWebhookService;
import io.robotconnect.application.service.ConnectionEffectHandler;
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
public final class ConnectWiring {
  private static final int EFFECT_THREADS = 32;

  private ConnectWiring() {}

  /** What the connections step provides to the REST resources. */
  public record Provided(
      ConnectionRepository connections,
      UserConnectionRepository userConnections,
      ConnectionTriggerEventRepository triggerEvents,
      ConnectApiPort connectApi,
      ReceiveConnectWebhookUseCase receiveConnectWebhook,
      ListUnknownWebhooksUseCase listUnknownWebhooks,
      ManageUserConnectionUseCase manageUserConnection,
      RunConnectionStepUseCase runConnectionStep,
      CreateConnectUrlUseCase createConnectUrl) {}

  static Provided wire(
      Wiring w,
      PersistenceWiring.Provided persistence,
      CoreWiring.Provided core,
      RobotWiring.Provided robot) {
    ConnectSettings settings = ConnectSettings.from(w.env());
    ConnectionRepository connections = persistence.connections();
    UserConnectionRepository userConnections = persistence.userConnections();
    WebhookReceiptRepository receipts = persistence.webhookReceipts();
    ConnectionTriggerEventRepository events = persistence.connectionTriggerEvents();

    ConnectApiPort connectApi =
        w.lifecycle()
            .onClose(
                "connect api client",
                IftttConnect.connectApi(
                    new ConnectApiSettings(
                        settings.apiUrl(),
                        ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
                        serviceKey(w),
                        settings.redirectUris(),
                        Duration.ofSeconds(5),
                        settings.timeout()),
                    w.json(),
                    w.retries().connectApi(3, Duration.ofMillis(200)),
                    w.metrics(),
                    UpstreamOutage.of(
                            "Connect API",
                            core.clock(),
                            persistence.outbox(),
                            OutboxChannel.CONNECT_WEBHOOKS,
                            OutboxChannel.CONNECTION_EFFECTS)
                        .ofIfttt()))
            .port();

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
              extensionNames,
              IftttConnect.connectionDefinitions(w.json()));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("ROBOTCONNECT_CONNECT_BEHAVIOURS", e.getMessage(), e);
    }

    OutboxRepository outbox = persistence.outbox();
    UnitOfWork unitOfWork = persistence.unitOfWork();
    knowBundledDefinitions(connections, unitOfWork, behaviours);
    ClockPort clock = core.clock();
    OutboxSignal signal = persistence.outboxSignal();
    ConnectWebhookService webhookIntake =
        new ConnectWebhookService(receipts, outbox, unitOfWork, clock, signal);
    OwnerConnectionService ownerConnections =
        new OwnerConnectionService(
            connectApi, connections, userConnections, persistence.owners(), unitOfWork);

    startDrainer(
        w,
        persistence,
        core,
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
        persistence,
        core,
        new ConnectionEffectHandler(
            events,
            connectApi,
            persistence.robots(),
            robot.robotCommands(),
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
    return new Provided(
        connections,
        userConnections,
        events,
        connectApi,
        webhookIntake,
        webhookIntake,
        ownerConnections,
        ownerConnections,
        ownerConnections);
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
      Wiring w,
      PersistenceWiring.Provided persistence,
      CoreWiring.Provided core,
      OutboxHandler<?> handler,
      int batchSize) {
    OutboxDrainers.start(
        w,
        persistence,
        core,
        handler,
        batchSize,
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

  private static String serviceKey(Wiring w) {
    return w.core()
        .serviceKey()
        .orElseGet(() -> w.secrets().loadOrGenerate("ifttt-service-key").value());
  }
}
