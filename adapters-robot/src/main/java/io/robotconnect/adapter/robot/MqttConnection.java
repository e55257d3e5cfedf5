package io.robotconnect.adapter.robot;

import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT 3.1.1 session with the broker: persistent (clean session off, a stable client id), QoS
 * 1, reconnecting by itself with a growing backoff, and subscribing again after every connect.
 * Incoming messages are acknowledged only when their handler says so, so that a message is never
 * acknowledged before it is safely processed.
 */
public final class MqttConnection implements AutoCloseable {
  /** Handles one incoming message and acknowledges it with {@code ack} once it is processed. */
  public interface MessageHandler {
    void onMessage(String topic, MqttMessage message, Runnable ack);
  }

  public static final int QOS = 1;
  private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
  private static final int MAX_RECONNECT_DELAY_MS = 10_000;

  private final MqttSettings settings;
  private final MqttAsyncClient client;
  private final List<String> subscriptions = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService firstConnect =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "mqtt-connect");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile MessageHandler handler = (topic, message, ack) -> ack.run();

  public MqttConnection(MqttSettings settings) {
    this.settings = settings;
    try {
      this.client =
          new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new IllegalArgumentException("bad MQTT broker address " + settings.serverUri(), e);
    }
    client.setManualAcks(true);
    client.setCallback(new Callback());
  }

  /** Handles every message of the subscriptions; set before {@link #start()}. */
  public void onMessage(MessageHandler messageHandler) {
    this.handler = messageHandler;
  }

  /** Subscribes (now, if connected, and after every reconnect) to a topic filter at QoS 1. */
  public void subscribe(String topicFilter) {
    subscriptions.add(topicFilter);
    if (client.isConnected()) {
      subscribeNow(topicFilter);
    }
  }

  /** Connects in the background, retrying with backoff until the broker answers. */
  public void start() {
    firstConnect.execute(() -> connect(1_000));
  }

  /** Whether the session is up now. */
  public boolean isConnected() {
    return client.isConnected();
  }

  private void connect(int nextDelayMs) {
    if (closed.get()) {
      return;
    }
    try {
      client.connect(options()).waitForCompletion(15_000);
    } catch (MqttException e) {
      if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_CONNECTED) {
        return;
      }
      LOG.warn(
          "cannot reach the MQTT broker {} ({}); retrying in {} ms",
          settings.serverUri(),
          e.getMessage(),
          nextDelayMs);
      if (!closed.get()) {
        firstConnect.schedule(
            () -> connect(Math.min(nextDelayMs * 2, MAX_RECONNECT_DELAY_MS)),
            nextDelayMs,
            TimeUnit.MILLISECONDS);
      }
    }
  }

  private MqttConnectOptions options() {
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(false);
    options.setAutomaticReconnect(true);
    options.setMaxReconnectDelay(MAX_RECONNECT_DELAY_MS);
    options.setKeepAliveInterval(30);
    options.setConnectionTimeout(10);
    options.setMaxInflight(10_000);
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    settings.username().ifPresent(options::setUserName);
    settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
    return options;
  }

  private void subscribeNow(String topicFilter) {
    try {
      client.subscribe(
          topicFilter,
          QOS,
          null,
          new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              LOG.info("subscribed to {}", topicFilter);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
              LOG.warn("subscribing to {} failed: {}", topicFilter, failure.toString());
            }
          });
    } catch (MqttException e) {
      LOG.warn("subscribing to {} failed: {}", topicFilter, e.toString());
    }
  }

  /**
   * Publishes at QoS 1 and waits for the broker's acknowledgement.
   *
   * @throws RobotTransportUnavailableException when the broker is unreachable or does not
   *     acknowledge within the publish timeout
   */
  public void publish(String topic, byte[] payload, boolean retained) {
    try {
      IMqttDeliveryToken token = client.publish(topic, payload, QOS, retained);
      token.waitForCompletion(settings.publishTimeout().toMillis());
      if (!token.isComplete()) {
        throw new RobotTransportUnavailableException(
            "the MQTT broker did not acknowledge within " + settings.publishTimeout(), null);
      }
    } catch (MqttException e) {
      throw new RobotTransportUnavailableException(
          "cannot publish to the MQTT broker: " + e.getMessage(), e);
    }
  }

  /** Publishes at QoS 1 without waiting; a failure is logged and reported as false. */
  public boolean publishLater(String topic, byte[] payload) {
    try {
      client.publish(topic, payload, QOS, false);
      return true;
    } catch (MqttException e) {
      LOG.debug("could not queue a message to {}: {}", topic, e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    firstConnect.shutdownNow();
    try {
      if (client.isConnected()) {
        client.disconnect(5_000).waitForCompletion(6_000);
      }
    } catch (MqttException e) {
      LOG.debug("disconnect: {}", e.getMessage());
    }
    try {
      client.close(true);
    } catch (MqttException e) {
      LOG.debug("close: {}", e.getMessage());
    }
  }

  private final class Callback implements MqttCallbackExtended {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      LOG.info(
          "{} MQTT broker {} as {}",
          reconnect ? "reconnected to" : "connected to",
          serverUri,
          settings.clientId());
      subscriptions.forEach(MqttConnection.this::subscribeNow);
    }

    @Override
    public void connectionLost(Throwable cause) {
      LOG.warn(
          "lost the MQTT broker {}: {}; reconnecting",
          settings.serverUri(),
          cause == null ? "closed" : cause.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      int id = message.getId();
      int qos = message.getQos();
      Runnable ack =
          () -> {
            try {
              client.messageArrivedComplete(id, qos);
            } catch (MqttException e) {
              LOG.debug("acknowledging message {} failed: {}", id, e.getMessage());
            }
          };
      try {
        handler.onMessage(topic, message, ack);
      } catch (RuntimeException e) {
        LOG.error("handler failed on a message of {}; it will be redelivered", topic, e);
      }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {}
  }
}
