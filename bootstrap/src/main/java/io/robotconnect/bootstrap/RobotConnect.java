package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.RestApi;
import io.robotconnect.adapter.in.rest.RestPorts;
import io.robotconnect.adapter.in.rest.RestSettings;
import java.net.URI;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The assembled application: every adapter wired to the services, served over HTTP. */
public final class RobotConnect implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RobotConnect.class);
  private final Wiring wiring;
  private final Components components;
  private final HttpServer server;

  private RobotConnect(Wiring wiring, Components components, HttpServer server) {
    this.wiring = wiring;
    this.components = components;
    this.server = server;
  }

  /** Starts everything; on failure closes what was started and rethrows. */
  public static RobotConnect start(Environment env) {
    Wiring w = Wiring.of(env, CoreSettings.from(env));
    try {
      w.lifecycle().onClose("data directory lock", DataDirectoryLock.acquire(w.core().dataDir()));
      MetricsWiring.Provided metrics = MetricsWiring.wire(w);
      PersistenceWiring.Provided persistence = PersistenceWiring.wire(w);
      CoreWiring.Provided core = CoreWiring.wire(w, persistence);
      RetentionWiring.Provided retention = RetentionWiring.wire(w, persistence, core);
      OAuthWiring.Provided oauth = OAuthWiring.wire(w, persistence, core);
      RobotWiring.Provided robot = RobotWiring.wire(w, persistence, core);
      ServiceApiWiring.Provided serviceApi =
          ServiceApiWiring.wire(w, persistence, core, oauth, robot);
      ConnectWiring.Provided connect = ConnectWiring.wire(w, persistence, core, robot);
      DemoWiring.wire(w, oauth, robot);
      Components components =
          new Components(persistence, core, oauth, robot, serviceApi, connect, retention);
      MetricsWiring.watch(w, components);
      ResourceConfig rest = restApi(w, components).resourceConfig().register(metrics.requests());
      HttpServer server =
          w.lifecycle()
              .onClose(
                  "http server", HttpServer.start(w.core(), w.json(), rest, metrics.endpoint()));
      RobotConnect app = new RobotConnect(w, components, server);
      LOG.info("Robot Connect listening on {}", app.baseUri());
      return app;
    } catch (RuntimeException e) {
      w.lifecycle().close();
      throw e;
    }
  }

  /** The REST adapter with every use case its resources call, from the steps that made them. */
  private static RestApi restApi(Wiring w, Components c) {
    return new RestApi(
        w.json(),
        new RestSettings(
            c.core().apiPrefix(), c.core().serviceKey(), c.oauth().adminToken(), w.core().brand()),
        new RestPorts(
            c.core().checkReadiness(),
            new RestPorts.Accounts(
                c.oauth().startSession(),
                c.oauth().authenticateSession(),
                c.oauth().endSession(),
                c.oauth().getUserInfo(),
                c.oauth().authorizeClient(),
                c.oauth().checkIftttConnection(),
                c.oauth().grantTokens(),
                c.oauth().authenticateAccessToken(),
                c.oauth().revokeIftttAccess()),
            new RestPorts.ServiceApi(
                c.serviceApi().pollTrigger(),
                c.serviceApi().deleteTriggerIdentity(),
                c.serviceApi().validateTriggerField(),
                c.serviceApi().runRobotAction(),
                c.serviceApi().listAnimationOptions(),
                c.serviceApi().listPlaceOptions(),
                c.serviceApi().setUpTest()),
            new RestPorts.Connect(
                c.connect().receiveConnectWebhook(),
                c.connect().listUnknownWebhooks(),
                c.connect().manageUserConnection(),
                c.connect().runConnectionStep(),
                c.connect().createConnectUrl()),
            new RestPorts.Admin(
                c.oauth().registerOwner(),
                c.oauth().registerRobot(),
                c.oauth().getOwner(),
                c.oauth().getRobot(),
                c.persistence().listDeadLetters(),
                c.persistence().retryDeadLetters())));
  }

  /** Where the HTTP server listens, e.g. {@code http://localhost:8080/}. */
  public URI baseUri() {
    String host =
        wiring.core().httpHost().equals("0.0.0.0") ? "localhost" : wiring.core().httpHost();
    return URI.create("http://" + host + ":" + server.port() + "/");
  }

  /** What the application wired, for tests and tools that need a port or use case directly. */
  public Components components() {
    return components;
  }

  /** Lines worth showing the operator at start (generated keys, demo accounts). */
  public java.util.List<String> banner() {
    return java.util.List.copyOf(wiring.banner());
  }

  /** The banner's lines with the generated secrets left out, for a log pipeline. */
  public java.util.List<String> bannerWithoutSecrets() {
    return wiring.banner().stream().map(wiring.secrets()::withoutSecrets).toList();
  }

  /** Graceful stop: the server finishes in-flight requests, then workers stop, the pool closes. */
  @Override
  public void close() {
    wiring.lifecycle().close();
  }
}
