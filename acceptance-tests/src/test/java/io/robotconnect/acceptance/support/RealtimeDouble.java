package io.robotconnect.acceptance.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** IFTTT's Realtime API, faked over real HTTP: it accepts every notification and remembers it. */
public final class RealtimeDouble {
  /** One call to {@code POST /v1/notifications}. */
  public record Notification(String serviceKey, String requestId, String body) {}

  private static final List<Notification> RECEIVED = new CopyOnWriteArrayList<>();
  private static HttpServer server;

  private RealtimeDouble() {}

  static synchronized HttpServer server() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/v1/notifications",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean isPost = "POST".equals(exchange.getRequestMethod());
            if (isPost) {
              RECEIVED.add(
                  new Notification(
                      exchange.getRequestHeaders().getFirst("IFTTT-Service-Key"),
                      exchange.getRequestHeaders().getFirst("X-Request-ID"),
                      body));
            }
            exchange.sendResponseHeaders(isPost ? 200 : 405, -1);
            exchange.close();
          });
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "realtime-stop"));
    }
    return server;
  }

  static Map<String, String> environment() {
    return Map.of(
        "ROBOTCONNECT_REALTIME_API_URL", "http://127.0.0.1:" + server().getAddress().getPort());
  }

  /** Every notification received so far, oldest first. */
  public static List<Notification> notifications() {
    return List.copyOf(RECEIVED);
  }
}
