package io.robotconnect.adapter.robot;

import io.robotconnect.adapter.robot.broker.EmbeddedBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The broker tests talk to: the one named by {@code ROBOTCONNECT_TEST_MQTT_URL} (the test fails if
 * it cannot be reached), else an embedded moquette on a free port. Each test gets its own topic
 * root, so tests never see each other's messages on a shared broker.
 */
final class TestBroker implements AutoCloseable {
  static final String URL_VARIABLE = "ROBOTCONNECT_TEST_MQTT_URL";

  private final String url;
  private final EmbeddedBroker embedded;

  private TestBroker(String url, EmbeddedBroker embedded) {
    this.url = url;
    this.embedded = embedded;
  }

  static TestBroker start() {
    String external = System.getenv(URL_VARIABLE);
    if (external != null && !external.isBlank()) {
      requireReachable(external);
      return new TestBroker(external, null);
    }
    EmbeddedBroker broker = new EmbeddedBroker("127.0.0.1", freePort(), Optional.empty()).start();
    return new TestBroker(broker.url(), broker);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireReachable(String url) {
    URI uri = URI.create(url);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(1000);
    } catch (IOException e) {
      throw new AssertionError(URL_VARIABLE + "=" + url + " but that broker is unreachable", e);
    }
  }

  String url() {
    return url;
  }

  static RobotTopics freshTopics() {
    return new RobotTopics("test-" + UUID.randomUUID().toString().substring(0, 8), "develop");
  }

  /**
   * Ends the persistent sessions these client ids left on a shared broker, which no later run will
   * resume: a clean-session connect under each id makes the broker discard its session. An embedded
   * broker takes its sessions with it when it stops.
   */
  void endSessions(String... clientIds) {
    if (embedded != null) {
      return;
    }
    MqttConnectOptions clean = new MqttConnectOptions();
    clean.setCleanSession(true);
    for (String clientId : clientIds) {
      try (MqttClient client = new MqttClient(url, clientId, new MemoryPersistence())) {
        client.connect(clean);
        client.disconnect();
      } catch (MqttException e) {
        throw new AssertionError("could not end the MQTT session of " + clientId, e);
      }
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
