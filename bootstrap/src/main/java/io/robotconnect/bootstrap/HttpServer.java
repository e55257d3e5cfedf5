package io.robotconnect.bootstrap;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The Grizzly server carrying the Jersey application. */
final class HttpServer implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private final org.glassfish.grizzly.http.server.HttpServer server;

  private HttpServer(org.glassfish.grizzly.http.server.HttpServer server) {
    this.server = server;
  }

  static HttpServer start(String host, int port, ResourceConfig application) {
    URI base = URI.create("http://" + host + ":" + port + "/");
    org.glassfish.grizzly.http.server.HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(base, application, false);
    server.getServerConfiguration().setDefaultErrorPageGenerator((r, s, reason, d, e) -> "");
    server.getListeners().forEach(listener -> listener.registerAddOn(new PlainHttp11Only()));
    // A GET or DELETE with a body reaches Jersey (which ignores the body) instead of Grizzly's
    // body-less 400.
    server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
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
