package io.robotconnect.adapter.robot;

import static io.robotconnect.adapter.robot.WaitUntil.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.out.RobotMessageTooLargeException;
import io.robotconnect.domain.robot.RobotId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker session of {@link MqttConnection} over a connection the test can cut: what happens to
 * an acknowledgement that comes after the connection its message arrived on was lost.
 */
class MqttConnectionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private record Delivery(String payload, Runnable ack) {}

  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private final RobotTopics topics = TestBroker.freshTopics();
  private final String topic = topics.of(RobotTopics.TRIGGERS, new RobotId(UUID.randomUUID()));
  private final String clientId = "cloud-" + UUID.randomUUID();
  private TestBroker broker;
  private TcpProxy proxy;
  private MqttConnection connection;

  @BeforeEach
  void setUp() throws Exception {
    broker = TestBroker.start();
    URI uri = URI.create(broker.url());
    proxy = new TcpProxy(uri.getHost(), uri.getPort());
    connection =
        new MqttConnection(
            MqttSettings.of("tcp://127.0.0.1:" + proxy.port(), topics, clientId),
            TestWiring.reconnectDelays());
    connection.onMessage(
        (t, message, ack) ->
            deliveries.add(
                new Delivery(new String(message.getPayload(), StandardCharsets.UTF_8), ack)));
    connection.subscribe(topic);
    connection.start();
    assertThat(connection.awaitReady(WAIT)).isTrue();
  }

  @AfterEach
  void tearDown() throws Exception {
    connection.close();
    proxy.close();
    broker.endSessions(clientId);
    broker.close();
  }

  @Test
  void givenAMessageNotYetAcknowledged_whenTheConnectionIsLostAndBack_thenItsLateAckIsDropped()
      throws Exception {
    publishDirectly("m-1");
    Delivery first = next();
    assertThat(first.payload()).isEqualTo("m-1");

    reconnectThroughACut();
    Delivery again = next();
    assertThat(again.payload()).isEqualTo("m-1");
    first.ack().run();

    assertThat(connection.staleAcksDropped()).isEqualTo(1);
    reconnectThroughACut();
    assertThat(next().payload())
        .as("the broker still holds m-1 for us: the late ack did not reach it")
        .isEqualTo("m-1");
  }

  @Test
  void givenAMessageAcknowledgedOnItsOwnConnection_whenTheConnectionIsLostAndBack_thenItIsGone()
      throws Exception {
    publishDirectly("m-1");
    next().ack().run();
    publishDirectly("m-2");
    Delivery second = next();
    assertThat(second.payload()).isEqualTo("m-2");
    second.ack().run();
    // The ack leaves asynchronously; a cut before it crosses the proxy would rightly make the
    // broker deliver m-2 again (at least once), which is not what this test is about.
    LockSupport.parkNanos(Duration.ofMillis(500).toNanos());

    reconnectThroughACut();
    publishDirectly("m-3");

    assertThat(next().payload()).isEqualTo("m-3");
    assertThat(connection.staleAcksDropped()).isZero();
  }

  @Test
  void givenABrokerThatNeverAnswersAConnect_whenItRecovers_thenTheConnectionComesBack() {
    proxy.silence();
    waitUntil(WAIT, () -> proxy.held() > 0, "a connect attempt that gets no answer");

    proxy.restore();

    assertThat(connection.awaitReady(Duration.ofSeconds(40))).isTrue();
    assertThat(connection.clientsReplaced()).isPositive();
  }

  @Test
  void anOversizedPublish_failsAlone_andTheLinkStaysUpForTheNextMessage() throws Exception {
    byte[] oversized = new byte[MqttConnection.MAX_PAYLOAD_BYTES + 1];

    assertThatThrownBy(() -> connection.publish(topic, oversized, false))
        .isInstanceOf(RobotMessageTooLargeException.class)
        .hasMessageContaining(String.valueOf(oversized.length));
    assertThat(connection.send(topic, oversized))
        .failsWithin(WAIT)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(RobotMessageTooLargeException.class);
    assertThat(connection.isConnected()).isTrue();

    connection.publish(topic, "after".getBytes(StandardCharsets.UTF_8), false);
    assertThat(next().payload()).isEqualTo("after");
    assertThat(connection.isConnected()).isTrue();
    assertThat(connection.clientsReplaced()).isZero();
  }

  @Test
  void aPayloadOfExactlyTheLimit_isTakenByTheBroker() {
    // a topic nobody subscribes to: the broker's acknowledgement is what counts here
    String commands = topics.of(RobotTopics.COMMAND, new RobotId(UUID.randomUUID()));

    connection.publish(commands, new byte[MqttConnection.MAX_PAYLOAD_BYTES], false);

    assertThat(connection.isConnected()).isTrue();
  }

  private void reconnectThroughACut() {
    proxy.cut();
    waitUntil(WAIT, () -> !connection.isConnected(), "the platform to notice the cut");
    proxy.restore();
    assertThat(connection.awaitReady(WAIT)).isTrue();
  }

  private Delivery next() throws InterruptedException {
    Delivery delivery = deliveries.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(delivery).as("a delivery within " + WAIT).isNotNull();
    return delivery;
  }

  private void publishDirectly(String payload) throws Exception {
    MqttClient robot =
        new MqttClient(broker.url(), "robot-" + UUID.randomUUID(), new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    robot.connect(options);
    try {
      robot.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    } finally {
      robot.disconnect();
      robot.close();
    }
  }
}
