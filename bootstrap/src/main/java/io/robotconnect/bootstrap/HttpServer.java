package io.robotconnect.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The Grizzly server carrying the Jersey application. */
final class HttpServer implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private final org.glassfish.grizzly.http.server.HttpServer server;

  private HttpServer(org.glassfish.grizzly.http.server.HttpServer server) {
    this.server = server;
  }

  /**
   * Serves {@code application}, and {@code metrics} at its path beside it; the answers refused
   * before them are written by {@code json}.
   */
  static HttpServer start(
      CoreSettings core, ObjectMapper json, ResourceConfig application, MetricsEndpoint metrics) {
    String host = core.httpHost();
    int port = core.httpPort();
    URI base = URI.create("http://" + host + ":" + port + "/");
    org.glassfish.grizzly.http.server.HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(base, application, false);
    ServerConfiguration config = server.getServerConfiguration();
    EdgeAnswers answers = new EdgeAnswers(core.apiPrefix(), json);
    config.setDefaultErrorPageGenerator(answers);
    putGateInFrontOfJersey(config, answers, core.http(), metrics);
    for (NetworkListener listener : server.getListeners()) {
      listener.registerAddOn(new PlainHttp11Only());
      // Grizzly's idle timer does not restart while the headers trickle in, so it bounds the time
      // from a connection's opening (or previous answer) to the end of the next request's headers
      listener
          .getKeepAlive()
          .setIdleTimeoutInSeconds((int) core.http().headerTimeout().toSeconds());
    }
    // A GET or DELETE with a body reaches Jersey (which ignores the body) instead of Grizzly's
    // body-less 400.
    config.setAllowPayloadForUndefinedHttpMethods(true);
    try {
      server.start();
    } catch (BindException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_HTTP_PORT",
          "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_HTTP_HOST",
          "cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    return new HttpServer(server);
  }

  // Jersey stays Grizzly's one handler (a second one would make Grizzly decode every path to map
  // it, answering an undecodable one 500 before the gate sees it); /metrics is taken in front of it
  private static void putGateInFrontOfJersey(
      ServerConfiguration config, EdgeAnswers answers, HttpLimits limits, MetricsEndpoint metrics) {
    Map<HttpHandler, HttpHandlerRegistration[]> handlers =
        Map.copyOf(config.getHttpHandlersWithMapping());
    handlers.forEach(
        (jersey, mapping) -> {
          config.removeHttpHandler(jersey);
          config.addHttpHandler(
              new RequestGate(metrics.inFrontOf(jersey), answers, limits), mapping);
        });
  }

  /** The port actually bound (useful when 0 asked for any free port). */
  int port() {
    NetworkListener listener = server.getListeners().iterator().next();
    return listener.getPort();
  }

  /** Stops taking connections and lets in-flight requests finish, for at most a few seconds. */
  @Override
  public void close() {
    try {
      server
          .shutdown(GRACE.toSeconds(), TimeUnit.SECONDS)
          .get(GRACE.toSeconds() + 1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    } catch (ExecutionException | TimeoutException e) {
      server.shutdownNow();
    }
  }
}
