package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP server's edge on a real port: limits and timeouts, answered in the family's body. */
@Timeout(20)
class HttpEdgeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private HttpServer server;

  /** Echoes the body it read. */
  @Path("/echo")
  public static class Echo {
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public String echo(String body) {
      return "read " + body.length() + " bytes";
    }
  }

  @BeforeEach
  void start() {
    CoreSettings core =
        CoreSettings.from(
            new Environment(
                Map.of(
                    "ROBOTCONNECT_HTTP_HOST", "127.0.0.1",
                    "ROBOTCONNECT_HTTP_PORT", "0",
                    "ROBOTCONNECT_HTTP_HEADER_TIMEOUT", "1",
                    "ROBOTCONNECT_HTTP_BODY_TIMEOUT", "1",
                    "ROBOTCONNECT_HTTP_MAX_BODY_BYTES", "262144")));
    MetricsEndpoint metrics =
        new MetricsEndpoint(
            MetricsWiring.newRegistry(),
            Optional.empty(),
            new EdgeAnswers(core.apiPrefix(), JsonMapping.mapper()));
    server = HttpServer.start(core, JsonMapping.mapper(), new ResourceConfig(Echo.class), metrics);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBodyArrivingInPieces_reachesTheResourceWhole() throws Exception {
    try (Socket socket = connect()) {
      send(socket, head("POST", "/echo", "Content-Length: 10\r\n"));
      send(socket, "01234");
      send(socket, "56789");
      assertThat(answer(socket)).startsWith("HTTP/1.1 200").endsWith("read 10 bytes");
    }
  }

  @Test
  void aLargeBodyArrivingInManyPieces_reachesTheResourceWhole() throws Exception {
    try (Socket socket = connect()) {
      send(socket, head("POST", "/echo", "Content-Length: 200000\r\n"));
      for (int i = 0; i < 50; i++) {
        send(socket, "y".repeat(4000));
      }
      assertThat(answer(socket)).startsWith("HTTP/1.1 200").endsWith("read 200000 bytes");
    }
  }

  @Test
  void aDeclaredBodyOverTheMaximum_is413WithoutBeingRead() throws Exception {
    try (Socket socket = connect()) {
      send(
          socket, head("POST", "/third-party/ifttt/v1/actions/move", "Content-Length: 300000\r\n"));
      String answer = answer(socket);
      assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
      assertThat(errorsMessage(answer)).contains("262144");
    }
  }

  @Test
  void aChunkedBodyGrowingOverTheMaximum_is413() throws Exception {
    try (Socket socket = connect()) {
      send(socket, head("POST", "/echo", "Transfer-Encoding: chunked\r\n"));
      String chunk = "x".repeat(100_000);
      for (int i = 0; i < 3; i++) {
        send(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
      }
      assertThat(answer(socket)).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void aBodyThatStalls_is408AfterTheBodyTimeout() throws Exception {
    try (Socket socket = connect()) {
      send(socket, head("POST", "/api/v1/sessions", "Content-Length: 100\r\n") + "{\"a\":");
      long started = System.nanoTime();
      String answer = answer(socket);
      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(JSON.readTree(body(answer)).path("code").asText()).isEqualTo("request_timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void headersThatNeverEnd_areCutOffAfterTheHeaderTimeout() throws Exception {
    try (Socket socket = connect()) {
      send(socket, "GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
      long started = System.nanoTime();
      assertThat(socket.getInputStream().read()).as("closed without an answer").isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void undecodableUris_areRefusedInTheirFamilysBody() throws Exception {
    String platform = exchange(head("GET", "/api/v1/admin/owners/%zz", ""));
    assertThat(platform).startsWith("HTTP/1.1 400");
    assertThat(JSON.readTree(body(platform)).path("code").asText()).isEqualTo("invalid_request");

    String oauth = exchange(head("POST", "/third-party/ifttt/v1/tokens?grant_type=%c0%af", ""));
    assertThat(oauth).startsWith("HTTP/1.1 400").containsIgnoringCase("cache-control: no-store");
    assertThat(JSON.readTree(body(oauth)).path("error").asText()).isEqualTo("invalid_request");

    String ifttt = exchange(head("GET", "/third-party/ifttt/v1/status?x=%", ""));
    assertThat(errorsMessage(ifttt)).contains("query");
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      send(socket, request);
      return answer(socket);
    }
  }

  private static String head(String method, String path, String headers) {
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** The answer up to the end of its declared body. */
  private static String answer(Socket socket) throws IOException {
    StringBuilder text = new StringBuilder();
    var in = socket.getInputStream();
    int c;
    while ((c = in.read()) >= 0) {
      text.append((char) c);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 15).split("\r\n")[0].trim());
        if (text.length() >= end + 4 + length) {
          break;
        }
      }
    }
    return text.toString();
  }

  private static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }

  private static String errorsMessage(String answer) throws IOException {
    JsonNode json = JSON.readTree(body(answer));
    return json.path("errors").path(0).path("message").asText();
  }
}
