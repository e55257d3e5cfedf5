package io.robotconnect.acceptance.support;

import io.robotconnect.adapter.robot.RobotTopics;
import io.robotconnect.bootstrap.Environment;
import io.robotconnect.bootstrap.RobotConnect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The assembled application, started once per test run exactly as {@code java -jar} starts it, but
 * on a free port, with its own data directory and H2 database, and with fixed secrets the scenarios
 * know. Its MQTT broker is the one {@code ROBOTCONNECT_TEST_MQTT_URL} names (CI names the machine's
 * Mosquitto when one listens), under topics and a client id of this run's own, else the embedded
 * broker on a free port.
 */
public final class TestApplication {
  public static final String SERVICE_KEY = "acceptance-service-key";
  public static final String ADMIN_TOKEN = "acceptance-admin-token";
  public static final String OAUTH_CLIENT_ID = "acceptance-ifttt-client";
  public static final String OAUTH_CLIENT_SECRET = "acceptance-ifttt-client-secret";
  public static final String IFTTT_SERVICE_ID = "robot-acceptance";
  private static final String TEST_BROKER_VARIABLE = "ROBOTCONNECT_TEST_MQTT_URL";
  private static final String ENVIRONMENT = "develop";

  private static RobotConnect running;
  private static Map<String, String> variables;

  private TestApplication() {}

  /** The running application, started on first use and stopped when the JVM exits. */
  public static synchronized RobotConnect get() {
    if (running == null) {
      variables = environment();
      running = RobotConnect.start(new Environment(variables));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(TestApplication::stop, "acceptance-app-stop"));
    }
    return running;
  }

  /** Stops the application and, on a shared broker, ends the session its client id left there. */
  private static void stop() {
    running.close();
    if (sharedBroker()) {
      BrokerSessions.end(mqttUrl(), variables.get("ROBOTCONNECT_MQTT_CLIENT_ID"));
    }
  }

  /** Whether the broker is one other runs share ({@code ROBOTCONNECT_TEST_MQTT_URL}). */
  public static boolean sharedBroker() {
    return variables().containsKey("ROBOTCONNECT_MQTT_CLIENT_ID");
  }

  public static URI uri(String path) {
    return get().baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The environment variables the application was started with. */
  public static synchronized Map<String, String> variables() {
    get();
    return Map.copyOf(variables);
  }

  /** The MQTT broker of the application, which the scenarios' robots use too. */
  public static String mqttUrl() {
    Map<String, String> env = variables();
    return env.getOrDefault(
        "ROBOTCONNECT_MQTT_URL", "tcp://127.0.0.1:" + env.get("ROBOTCONNECT_MQTT_EMBEDDED_PORT"));
  }

  /** The robots' topics as the application uses them. */
  public static RobotTopics robotTopics() {
    return new RobotTopics(
        variables().getOrDefault("ROBOTCONNECT_MQTT_TOPIC_ROOT", "robots"), ENVIRONMENT);
  }

  private static Map<String, String> environment() {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("robotconnect-acceptance");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> env = new HashMap<>();
    env.put("ROBOTCONNECT_HTTP_HOST", "127.0.0.1");
    env.put("ROBOTCONNECT_HTTP_PORT", "0");
    env.put("ROBOTCONNECT_DATA_DIR", dataDir.toString());
    env.put("ROBOTCONNECT_IFTTT_SERVICE_KEY", SERVICE_KEY);
    env.put("ROBOTCONNECT_ADMIN_TOKEN", ADMIN_TOKEN);
    env.put("ROBOTCONNECT_OAUTH_CLIENT_ID", OAUTH_CLIENT_ID);
    env.put("ROBOTCONNECT_OAUTH_CLIENT_SECRET", OAUTH_CLIENT_SECRET);
    env.put("ROBOTCONNECT_IFTTT_SERVICE_ID", IFTTT_SERVICE_ID);
    env.put("ROBOTCONNECT_ENVIRONMENT", ENVIRONMENT);
    String broker = System.getenv(TEST_BROKER_VARIABLE);
    if (broker != null && !broker.isBlank()) {
      // a broker other runs and tests share: this run's own topic root and client id
      String run = "acceptance-" + UUID.randomUUID().toString().substring(0, 8);
      env.put("ROBOTCONNECT_MQTT_URL", broker);
      env.put("ROBOTCONNECT_MQTT_TOPIC_ROOT", run);
      env.put("ROBOTCONNECT_MQTT_CLIENT_ID", run);
    } else {
      env.put("ROBOTCONNECT_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
    }
    env.putAll(TestDoubles.environment());
    return env;
  }

  /** A port nobody listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
