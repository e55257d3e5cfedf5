package io.robotconnect.acceptance.support;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Ends persistent MQTT sessions that a run leaves on a shared broker and that nothing will resume:
 * a clean-session connect under the same client id makes the broker discard them.
 */
public final class BrokerSessions {
  private BrokerSessions() {}

  /**
   * Ends {@code clientId}'s session on the broker at {@code brokerUrl}; a failure is only logged.
   */
  public static void end(String brokerUrl, String clientId) {
    MqttConnectOptions clean = new MqttConnectOptions();
    clean.setCleanSession(true);
    clean.setConnectionTimeout(5);
    try (MqttClient client = new MqttClient(brokerUrl, clientId, new MemoryPersistence())) {
      client.connect(clean);
      client.disconnect();
    } catch (MqttException e) {
      System.err.println("could not end the MQTT session of " + clientId + ": " + e);
    }
  }
}
