package io.robotconnect.adapter.robot;

import io.github.resilience4j.core.IntervalFunction;
import io.robotconnect.application.port.out.RobotMessageTooLargeException;
import io.robotconnect.application.port.out.RobotTransportUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
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
import org.slf4j.event.Level;

/**
 * One MQTT 3.1.1 session with the broker: persistent (clean session off, a stable client id), QoS
 * 1, reconnecting for ever with the delays it is given, and subscribing again after every connect.
 * Incoming messages are acknowledged only when their handler says so, so that a message is never
 * acknowledged before it is safely processed; an acknowledgement that comes after the connection it
 * belongs to was lost is dropped (its packet id may name another message on the new connection; the
 * broker delivers the message again instead).
 *
 * <p>Reconnecting is done here rather than by Paho's automatic reconnect: Paho 1.2.5 can hang for
 * ever in a connect attempt whose connection the broker closes at once (as a stopping broker does),
 * and never tries again. An attempt that does not finish in time replaces the client with a fresh
 * one under the same client id, so the broker keeps the session.
 */
public final class MqttConnection implements AutoCloseable {
  /** Handles one incoming message and acknowledges it with {@code ack} once it is processed. */
  public interface MessageHandler {
    void onMessage(String topic, MqttMessage message, Runnable ack);
  }

  public static final int QOS = 1;

  /**
   * The largest payload published: far below the embedded broker's 256 kB packet limit and what a
   * Mosquitto is commonly limited to. A broker drops the connection of a client that sends a packet
   * larger than it takes, and Paho sends an unacknowledged message again after every reconnect, so
   * one oversized message would take the link down again and again for every robot.
   */
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
  private static final int CONNECTION_TIMEOUT_S = 10;
  private static final long CONNECT_ATTEMPT_MS = 15_000;

  private final MqttSettings settings;
  private final IntervalFunction reconnectDelays;
  private final List<String> subscriptions = new CopyOnWriteArrayList<>();
  private final List<Runnable> connectListeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService connector =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "mqtt-connect");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean reconnectPending = new AtomicBoolean();
  private final AtomicInteger unconfirmedSubscriptions = new AtomicInteger(Integer.MAX_VALUE);
  private final AtomicLong staleAcks = new AtomicLong();
  private final AtomicLong replacedClients = new AtomicLong();
  private final Object ackLock = new Object();
  private volatile MqttAsyncClient client;
  private volatile MessageHandler handler = (topic, message, ack) -> ack.run();
  private volatile boolean everConnected;
  // null: each failed attempt is logged at WARN here
  private volatile BrokerReachability reachability;
  // guarded by ackLock: counts connections, so that an ack knows whether its connection is gone
  private long connectionNumber;

  /**
   * @param reconnectDelays how long to wait before the n-th attempt in a row to reach the broker
   */
  public MqttConnection(MqttSettings settings, IntervalFunction reconnectDelays) {
    this.settings = settings;
    this.reconnectDelays = reconnectDelays;
    this.client = newClient();
  }

  private MqttAsyncClient newClient() {
    MqttAsyncClient fresh;
    try {
      fresh =
          new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new IllegalArgumentException("bad MQTT broker address " + settings.serverUri(), e);
    }
    fresh.setManualAcks(true);
    fresh.setCallback(new Callback(fresh));
    return fresh;
  }

  /** Handles every message of the subscriptions; set before {@link #start()}. */
  public void onMessage(MessageHandler messageHandler) {
    this.handler = messageHandler;
  }

  /**
   * Tells {@code watch} of every connect, failed attempt and lost connection, which it then logs
   * instead of this connection logging each; set before {@link #start()}.
   */
  public void watchReachability(BrokerReachability watch) {
    this.reachability = watch;
  }

  /** Runs {@code listener} after every successful connect (on the MQTT callback thread). */
  public void onConnected(Runnable listener) {
    connectListeners.add(listener);
  }

  /** Subscribes (now, if connected, and after every reconnect) to a topic filter at QoS 1. */
  public void subscribe(String topicFilter) {
    subscriptions.add(topicFilter);
    MqttAsyncClient current = client;
    if (current.isConnected()) {
      unconfirmedSubscriptions.incrementAndGet();
      subscribeNow(current, topicFilter);
    }
  }

  /** Connects in the background, retrying until the broker answers. */
  public void start() {
    connector.execute(() -> connect(1));
  }

  /** Whether the session is up now. */
  public boolean isConnected() {
    return client.isConnected();
  }

  /** Waits until connected with every subscription confirmed by the broker. */
  public boolean awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!(isConnected() && unconfirmedSubscriptions.get() <= 0)) {
      if (System.nanoTime() > deadline || closed.get()) {
        return false;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    return true;
  }

  /** Acknowledgements dropped because their connection was lost before they were sent. */
  public long staleAcksDropped() {
    return staleAcks.get();
  }

  /** How many times a client stuck in a connect attempt was replaced by a fresh one. */
  public long clientsReplaced() {
    return replacedClients.get();
  }

  /** Makes the {@code attempt}-th attempt in a row to connect; schedules the next when it fails. */
  private void connect(int attempt) {
    reconnectPending.set(false);
    MqttAsyncClient current = client;
    if (closed.get() || current.isConnected()) {
      return;
    }
    try {
      IMqttToken token = current.connect(options());
      token.waitForCompletion(CONNECT_ATTEMPT_MS);
      if (token.isComplete() && token.getException() == null) {
        return;
      }
      replaceStuck(current);
    } catch (MqttException e) {
      int reason = e.getReasonCode();
      if (reason == MqttException.REASON_CODE_CLIENT_CONNECTED) {
        return;
      }
      if (reason == MqttException.REASON_CODE_CLIENT_TIMEOUT
          || reason == MqttException.REASON_CODE_CONNECT_IN_PROGRESS) {
        replaceStuck(current);
      }
      String failure =
          "cannot reach the MQTT broker " + settings.serverUri() + " (" + e.getMessage() + ")";
      BrokerReachability watch = reachability;
      LOG.atLevel(watch == null ? Level.WARN : Level.DEBUG)
          .log("{}; retrying in {} ms", failure, reconnectDelays.apply(attempt));
      if (watch != null) {
        watch.unreachable(failure);
      }
    }
    scheduleConnect(attempt);
  }

  /** Schedules the next attempt after the delay that follows {@code failed} attempts in a row. */
  private void scheduleConnect(int failed) {
    if (closed.get() || !reconnectPending.compareAndSet(false, true)) {
      return;
    }
    try {
      connector.schedule(
          () -> connect(failed + 1), reconnectDelays.apply(failed), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("not reconnecting: closing");
    }
  }

  /** Gives up a client whose connect attempt never finished and carries on with a fresh one. */
  private void replaceStuck(MqttAsyncClient stuck) {
    LOG.warn(
        "the MQTT client {} did not finish connecting to {}; carrying on with a fresh client",
        settings.clientId(),
        settings.serverUri());
    synchronized (ackLock) {
      connectionNumber++;
      client = newClient();
    }
    replacedClients.incrementAndGet();
    Thread closer =
        new Thread(
            () -> {
              try {
                stuck.disconnectForcibly(0, 1_000, false);
              } catch (MqttException | RuntimeException e) {
                LOG.debug("abandoning the stuck client: {}", e.toString());
              }
              try {
                stuck.close(true);
              } catch (MqttException | RuntimeException e) {
                LOG.debug("closing the stuck client: {}", e.toString());
              }
            },
            "mqtt-abandon");
    closer.setDaemon(true);
    closer.start();
  }

  private MqttConnectOptions options() {
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(false);
    options.setAutomaticReconnect(false);
    options.setKeepAliveInterval(30);
    options.setConnectionTimeout(CONNECTION_TIMEOUT_S);
    options.setMaxInflight(10_000);
    options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    settings.username().ifPresent(options::setUserName);
    settings.password().ifPresent(p -> options.setPassword(p.toCharArray()));
    return options;
  }

  private void subscribeNow(MqttAsyncClient on, String topicFilter) {
    try {
      on.subscribe(
          topicFilter,
          QOS,
          null,
          new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              unconfirmedSubscriptions.decrementAndGet();
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
   * @throws RobotMessageTooLargeException when the payload is over {@link #MAX_PAYLOAD_BYTES}
   */
  public void publish(String topic, byte[] payload, boolean retained) {
    requireSendable(payload);
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
    return !send(topic, payload).isCompletedExceptionally();
  }

  /**
   * Publishes at QoS 1; the result completes when the broker has acknowledged the message, or fails
   * (at once when there is no connection).
   */
  public CompletableFuture<Void> send(String topic, byte[] payload) {
    CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    try {
      requireSendable(payload);
      client.publish(
          topic,
          payload,
          QOS,
          false,
          null,
          new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              acknowledged.complete(null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
              acknowledged.completeExceptionally(failure);
            }
          });
    } catch (MqttException | RuntimeException e) {
      LOG.debug("could not queue a message to {}: {}", topic, e.getMessage());
      acknowledged.completeExceptionally(e);
    }
    return acknowledged;
  }

  private static void requireSendable(byte[] payload) {
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new RobotMessageTooLargeException(
          "a message of "
              + payload.length
              + " bytes is over the "
              + MAX_PAYLOAD_BYTES
              + " bytes the robot transport takes; not sent");
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    connector.shutdownNow();
    MqttAsyncClient current = client;
    try {
      if (current.isConnected()) {
        current.disconnect(5_000).waitForCompletion(6_000);
      }
    } catch (MqttException e) {
      LOG.debug("disconnect: {}", e.getMessage());
    }
    try {
      current.close(true);
    } catch (MqttException e) {
      LOG.debug("close: {}", e.getMessage());
    }
  }

  /** The callbacks of one client; those of a client that was replaced are ignored. */
  private final class Callback implements MqttCallbackExtended {
    private final MqttAsyncClient owner;

    Callback(MqttAsyncClient owner) {
      this.owner = owner;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (owner != client) {
        return;
      }
      BrokerReachability watch = reachability;
      LOG.atLevel(everConnected && watch != null ? Level.DEBUG : Level.INFO)
          .log(
              "{} MQTT broker {} as {}",
              everConnected ? "reconnected to" : "connected to",
              serverUri,
              settings.clientId());
      everConnected = true;
      if (watch != null) {
        watch.connected();
      }
      unconfirmedSubscriptions.set(subscriptions.size());
      subscriptions.forEach(filter -> subscribeNow(owner, filter));
      for (Runnable listener : connectListeners) {
        try {
          listener.run();
        } catch (RuntimeException e) {
          LOG.warn("a connect listener failed", e);
        }
      }
    }

    @Override
    public void connectionLost(Throwable cause) {
      synchronized (ackLock) {
        connectionNumber++;
      }
      if (owner != client || closed.get()) {
        return;
      }
      unconfirmedSubscriptions.set(subscriptions.size());
      String reason =
          "lost the MQTT broker "
              + settings.serverUri()
              + ": "
              + (cause == null ? "closed" : cause.getMessage());
      BrokerReachability watch = reachability;
      LOG.atLevel(watch == null ? Level.WARN : Level.DEBUG).log("{}; reconnecting", reason);
      if (watch != null) {
        watch.unreachable(reason);
      }
      scheduleConnect(1);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      int id = message.getId();
      int qos = message.getQos();
      long arrivedOn;
      synchronized (ackLock) {
        arrivedOn = connectionNumber;
      }
      Runnable ack = () -> acknowledge(owner, arrivedOn, id, qos);
      try {
        handler.onMessage(topic, message, ack);
      } catch (RuntimeException e) {
        LOG.error("handler failed on a message of {}; it will be redelivered", topic, e);
      }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {}
  }

  /**
   * Sends the acknowledgement of message {@code id} if the connection it arrived on is still the
   * current one; otherwise drops it (the broker delivers the message again on the new connection).
   */
  private void acknowledge(MqttAsyncClient owner, long arrivedOn, int id, int qos) {
    synchronized (ackLock) {
      if (arrivedOn != connectionNumber || owner != client || !owner.isConnected()) {
        staleAcks.incrementAndGet();
        LOG.debug("dropped the ack of message {} from a lost connection; it comes again", id);
        return;
      }
      try {
        owner.messageArrivedComplete(id, qos);
      } catch (MqttException e) {
        LOG.debug("acknowledging message {} failed: {}", id, e.getMessage());
      }
    }
  }
}
