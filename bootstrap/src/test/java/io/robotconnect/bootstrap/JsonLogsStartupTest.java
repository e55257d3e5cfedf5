package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Main} as the jar runs it, in a process of its own with the shipped log configuration: with
 * {@code ROBOTCONNECT_LOG_FORMAT=json} every line it writes is a JSON object, from the first
 * start-up line through the banner to the access line of an owner's request; a bad format stops it
 * with one line naming the variable.
 */
class JsonLogsStartupTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(120);

  @TempDir Path dataDir;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private Process process;

  @AfterEach
  void stop() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void json_everyLineIsAnObject_theBannerAndAnOwnersAccessLineIncluded() throws Exception {
    start(
        Map.of(
            "ROBOTCONNECT_LOG_FORMAT", "json",
            "ROBOTCONNECT_DB_URL", "jdbc:h2:mem:json-logs",
            "ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()),
            "ROBOTCONNECT_PASSWORD_BCRYPT_COST", "4"),
        "--demo");
    JsonNode banner =
        awaitLine(l -> l.path("message").asText().startsWith("Robot Connect is running at "));
    URI base =
        URI.create(
            banner.get("message").asText().substring("Robot Connect is running at ".length()));
    awaitLine(l -> l.path("message").asText().startsWith("ready in "));

    String password = Files.readString(dataDir.resolve("demo-owner-password")).strip();
    HttpResponse<String> signIn =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"demo@robotconnect.invalid\",\"password\":\""
                            + password
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(201);
    String session = JSON.readTree(signIn.body()).at("/data/token").asText();
    HttpResponse<String> info =
        http.send(
            HttpRequest.newBuilder(base.resolve("third-party/info"))
                .header("Authorization", "Bearer " + session)
                .header("X-Request-ID", "json-logs-test-1")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(info.statusCode()).isEqualTo(200);

    JsonNode access =
        awaitLine(
            l ->
                l.path("logger").asText().equals("access")
                    && l.path("requestId").asText().equals("json-logs-test-1"));
    String owner =
        awaitLine(l -> l.path("message").asText().startsWith("registered owner "))
            .get("message")
            .asText()
            .substring("registered owner ".length());
    assertThat(access.get("level").asText()).isEqualTo("INFO");
    assertThat(access.get("method").asText()).isEqualTo("GET");
    assertThat(access.get("route").asText()).isEqualTo("/third-party/info");
    assertThat(access.get("status").asInt()).isEqualTo(200);
    assertThat(access.get("durationMs").isNumber()).isTrue();
    assertThat(access.get("ownerId").asText()).isEqualTo(owner);
    assertThat(banner.get("level").asText()).isEqualTo("INFO");
    assertThat(banner.get("logger").asText()).isEqualTo(Main.class.getName());

    process.toHandle().destroy(); // SIGTERM, streams left open: the shutdown lines are JSON too
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    awaitLine(l -> l.path("message").asText().equals("stopped"));
    assertThat(stdout).hasSizeGreaterThan(10);
    for (String line : stdout) {
      JsonNode fields = JSON.readTree(line);
      assertThat(fields.isObject()).as(line).isTrue();
      assertThat(fields.has("timestamp") && fields.has("level") && fields.has("logger"))
          .as(line)
          .isTrue();
      assertThat(fields.has("message")).as(line).isTrue();
    }
    List<String> secrets = new ArrayList<>(List.of(session, password));
    for (String file : List.of("ifttt-service-key", "oauth-client-secret")) {
      secrets.add(Files.readString(dataDir.resolve(file)).strip());
    }
    assertThat(stdout)
        .as("no token, password or generated secret is logged")
        .noneMatch(l -> secrets.stream().anyMatch(l::contains));
    assertThat(stdout).anyMatch(l -> l.contains("password [not logged, see the data directory]"));
    assertThat(stderr).isEmpty();
    assertThat(unreadable).isEmpty();
  }

  @Test
  void anUnknownFormat_stopsStartUpWithOneLineNamingTheVariable() throws Exception {
    start(Map.of("ROBOTCONNECT_LOG_FORMAT", "yaml"));

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    awaitStreamsClosed();
    assertThat(stderr)
        .containsExactly(
            "robotconnect: cannot start: ROBOTCONNECT_LOG_FORMAT: must be text or json: 'yaml'");
    assertThat(stdout).isEmpty();
  }

  @Test
  void json_anotherBadSetting_isOneJsonErrorLineNamingIt() throws Exception {
    start(Map.of("ROBOTCONNECT_LOG_FORMAT", "json", "ROBOTCONNECT_HTTP_PORT", "eighty"));

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    awaitStreamsClosed();
    assertThat(stdout).singleElement();
    JsonNode line = JSON.readTree(stdout.get(0));
    assertThat(line.get("level").asText()).isEqualTo("ERROR");
    assertThat(line.get("message").asText())
        .isEqualTo("robotconnect: cannot start: ROBOTCONNECT_HTTP_PORT: not a number: 'eighty'");
    assertThat(stderr).isEmpty();
  }

  /** Runs {@code Main} with the test's class path but the jar's own {@code logback.xml}. */
  private void start(Map<String, String> variables, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(
        "-Dlogback.configurationFile=" + JsonLogsStartupTest.class.getResource("/logback.xml"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("ROBOTCONNECT_"));
    builder.environment().put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    builder.environment().put("ROBOTCONNECT_HTTP_PORT", "0");
    builder.environment().put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    builder.environment().putAll(variables);
    process = builder.start();
    process.getOutputStream().close();
    collect(process.getInputStream(), stdout, "stdout");
    collect(process.getErrorStream(), stderr, "stderr");
  }

  private final List<Thread> readers = new ArrayList<>();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();

  private void collect(InputStream stream, List<String> lines, String name) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                unreadable.add(name + ": " + e);
              }
            },
            "test-" + name);
    reader.setDaemon(true);
    reader.start();
    readers.add(reader);
  }

  private void awaitStreamsClosed() throws InterruptedException {
    for (Thread reader : readers) {
      reader.join(10_000);
    }
  }

  /** The first stdout line, parsed, that matches; fails on a line that is not JSON. */
  private JsonNode awaitLine(Predicate<JsonNode> wanted) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      for (String line : stdout) {
        JsonNode fields = JSON.readTree(line);
        if (wanted.test(fields)) {
          return fields;
        }
      }
      if (!process.isAlive() && readers.stream().noneMatch(Thread::isAlive)) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such line; stdout: " + stdout + "; stderr: " + stderr);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
