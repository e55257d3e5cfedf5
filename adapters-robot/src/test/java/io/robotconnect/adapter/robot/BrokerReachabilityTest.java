package io.robotconnect.adapter.robot;

import static io.robotconnect.adapter.robot.WaitUntil.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A watched broker session tells its {@link BrokerReachability} of every connect, lost connection
 * and failed attempt, and leaves the logging of the outage to it: no WARN line per attempt.
 */
class BrokerReachabilityTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final List<String> told = new CopyOnWriteArrayList<>();
  private final String clientId = "cloud-" + UUID.randomUUID();
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(MqttConnection.class);
  private TestBroker broker;
  private TcpProxy proxy;
  private MqttConnection connection;

  @BeforeEach
  void setUp() throws Exception {
    lines.start();
    logger.addAppender(lines);
    broker = TestBroker.start();
    URI uri = URI.create(broker.url());
    proxy = new TcpProxy(uri.getHost(), uri.getPort());
    connection =
        new MqttConnection(
            MqttSettings.of("tcp://127.0.0.1:" + proxy.port(), TestBroker.freshTopics(), clientId),
            TestWiring.reconnectDelays());
    connection.watchReachability(
        new BrokerReachability() {
          @Override
          public void connected() {
            told.add("connected");
          }

          @Override
          public void unreachable(String reason) {
            told.add("unreachable: " + reason);
          }
        });
  }

  @AfterEach
  void tearDown() throws Exception {
    logger.detachAppender(lines);
    connection.close();
    proxy.close();
    broker.endSessions(clientId);
    broker.close();
  }

  @Test
  void anOutage_isToldAttemptByAttempt_andNotLoggedAsWarnings() {
    connection.start();
    assertThat(connection.awaitReady(WAIT)).isTrue();
    assertThat(told).containsExactly("connected");

    proxy.cut();
    waitUntil(WAIT, () -> told.size() >= 4, "the lost connection and failed attempts");
    proxy.restore();
    assertThat(connection.awaitReady(WAIT)).isTrue();
    waitUntil(WAIT, () -> told.get(told.size() - 1).equals("connected"), "the reconnect");

    assertThat(told.get(1)).startsWith("unreachable: lost the MQTT broker tcp://127.0.0.1:");
    assertThat(told.subList(2, told.size() - 1))
        .isNotEmpty()
        .allMatch(t -> t.startsWith("unreachable: cannot reach the MQTT broker tcp://127.0.0.1:"));
    synchronized (lines.list) {
      assertThat(lines.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
      assertThat(lines.list)
          .filteredOn(e -> e.getLevel() == Level.INFO)
          .extracting(ILoggingEvent::getFormattedMessage)
          .anyMatch(m -> m.startsWith("connected to MQTT broker"))
          .noneMatch(m -> m.startsWith("reconnected to"));
    }
  }
}
