package io.robotconnect.adapter.in.rest;

import io.robotconnect.application.port.in.AuthenticateAccessTokenUseCase;
import io.robotconnect.application.port.in.AuthenticateSessionUseCase;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The REST adapter on a real Grizzly port, with the given instances bound for injection. */
public final class RestTestServer implements AutoCloseable {
  private final HttpServer server;

  private RestTestServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free port; {@code extra} are additional resource classes (test resources). */
  public static RestTestServer start(Map<Class<?>, Object> bindings, Class<?>... extra) {
    ResourceConfig config = RestApi.configure(new ResourceConfig());
    for (Class<?> resource : extra) {
      config.register(resource);
    }
    Map<Class<?>, Object> all = new LinkedHashMap<>(bindings);
    all.putIfAbsent(ApiPrefix.class, new ApiPrefix(ApiPrefix.DEFAULT));
    all.putIfAbsent(ServiceKey.class, new ServiceKey(SecretlessDefaults.SERVICE_KEY));
    all.putIfAbsent(AuthenticateAccessTokenUseCase.class, SecretlessDefaults.NOBODY_BY_TOKEN);
    all.putIfAbsent(AuthenticateSessionUseCase.class, SecretlessDefaults.NOBODY_BY_SESSION);
    config.register(
        new AbstractBinder() {
          @Override
          @SuppressWarnings({"unchecked", "rawtypes"})
          protected void configure() {
            all.forEach((type, instance) -> bind(instance).to((Class) type));
          }
        });
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
    return new RestTestServer(server);
  }

  /** Defaults for what a test does not bind: nobody is authenticated. */
  public static final class SecretlessDefaults {
    public static final String SERVICE_KEY = "test-service-key";
    static final AuthenticateAccessTokenUseCase NOBODY_BY_TOKEN =
        token -> java.util.Optional.empty();
    static final AuthenticateSessionUseCase NOBODY_BY_SESSION = token -> java.util.Optional.empty();

    private SecretlessDefaults() {}
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
