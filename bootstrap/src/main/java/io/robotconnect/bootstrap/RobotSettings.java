package io.robotconnect.bootstrap;

import java.net.URI;
import java.util.Optional;

/** The robot fleet's broker and the Realtime API (see the README's table). */
public record RobotSettings(
    Optional<String> mqttUrl,
    int embeddedPort,
    Optional<String> mqttUsername,
    Optional<String> mqttPassword,
    String topicRoot,
    String environment,
    String clientId,
    boolean sharedSubscription,
    URI realtimeUrl,
    boolean demo) {

  static RobotSettings from(Environment env) {
    Optional<String> url = env.optional("ROBOTCONNECT_MQTT_URL");
    url.ifPresent(
        u -> {
          if (!u.matches("(tcp|ssl|ws|wss)://.+")) {
            throw new ConfigurationException(
                "ROBOTCONNECT_MQTT_URL", "must look like tcp://host:1883 or ssl://host:8883");
          }
        });
    return new RobotSettings(
        url,
        env.integer("ROBOTCONNECT_MQTT_EMBEDDED_PORT", 1884, 1, 65535),
        env.optional("ROBOTCONNECT_MQTT_USERNAME"),
        env.optional("ROBOTCONNECT_MQTT_PASSWORD"),
        level(env, "ROBOTCONNECT_MQTT_TOPIC_ROOT", "robots"),
        level(env, "ROBOTCONNECT_ENVIRONMENT", "develop"),
        env.string("ROBOTCONNECT_MQTT_CLIENT_ID", "robotconnect-" + hostName()),
        env.bool("ROBOTCONNECT_MQTT_SHARED_SUBSCRIPTION", false),
        env.uri("ROBOTCONNECT_REALTIME_API_URL", "https://realtime.ifttt.com", "http", "https"),
        DemoWiring.isOn(env));
  }

  private static String level(Environment env, String name, String fallback) {
    String value = env.string(name, fallback);
    if (!value.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new ConfigurationException(name, "must be 1-64 of [A-Za-z0-9_.-], was '" + value + "'");
    }
    return value;
  }

  private static String hostName() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        name = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        name = "local";
      }
    }
    return name.replaceAll("[^A-Za-z0-9_.-]", "-");
  }

  @Override
  public String toString() {
    return "RobotSettings[mqtt="
        + mqttUrl.orElse("embedded:" + embeddedPort)
        + ", topics="
        + topicRoot
        + "/"
        + environment
        + ", client="
        + clientId
        + ", realtime="
        + realtimeUrl
        + "]";
  }
}
