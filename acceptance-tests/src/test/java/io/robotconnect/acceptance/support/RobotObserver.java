package io.robotconnect.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Listens on the application's MQTT broker for the commands sent to one robot. */
public final class RobotObserver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MqttClient client;
  private final List<JsonNode> commands = new CopyOnWriteArrayList<>();

  public RobotObserver(UUID robot) {
    try {
      client =
          new MqttClient(
              TestApplication.mqttUrl(), "observer-" + UUID.randomUUID(), new MemoryPersistence());
      MqttConnectOptions options = new MqttConnectOptions();
      options.setCleanSession(true);
      client.connect(options);
      client.subscribe(
          TestApplication.robotTopics().root() + "/+/command/" + robot,
          1,
          (topic, message) -> commands.add(JSON.readTree(message.getPayload())));
    } catch (MqttException e) {
      throw new IllegalStateException("cannot watch robot " + robot + " on the broker", e);
    }
  }

  /** The payloads of the commands seen so far. */
  public List<JsonNode> commands() {
    return commands.stream().map(c -> c.path("payload")).toList();
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect();
      }
      client.close();
    } catch (MqttException e) {
      throw new IllegalStateException(e);
    }
  }
}
