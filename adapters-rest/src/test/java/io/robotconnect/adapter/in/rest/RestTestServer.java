package io.robotconnect.adapter.in.rest;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The REST adapter on a real Grizzly port, as {@link RestApi#resourceConfig()} makes it. */
public final class RestTestServer implements AutoCloseable {
  private final HttpServer server;

  private RestTestServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free port; {@code extra} are additional resource classes (test resources). */
  public static RestTestServer start(TestRestApi api, Class<?>... extra) {
    ResourceConfig config = api.build().resourceConfig();
    for (Class<?> resource : extra) {
      config.register(resource);
    }
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
    return new RestTestServer(server);
  }

  public URI uri(String path) {
    int port = server.getListeners().iterator().next().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
