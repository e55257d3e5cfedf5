package io.robotconnect.acceptance.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.acceptance.support.Eventually;
import io.robotconnect.acceptance.support.TestApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that send their headers or their bodies a byte at a time hold connections, but no thread
 * the service needs: while 64 of them hang on, health checks and trigger polls answer at once.
 */
class SlowClientsTest {
  private static final int SLOW_CLIENTS = 64;
  private static final Duration FAST_ENOUGH = Duration.ofMillis(100);
  private static final int SAMPLES = 10;

  private final List<Socket> slowClients = new ArrayList<>();
  private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger rounds = new AtomicInteger();
  private final AtomicInteger failedWrites = new AtomicInteger();

  @BeforeAll
  static void signIn() {
    Caller.signInAll();
  }

  @AfterEach
  void hangUp() throws IOException {
    trickle.shutdownNow();
    for (Socket socket : slowClients) {
      socket.close();
    }
  }

  @Test
  @Timeout(60)
  void whileSixtyFourClientsTrickleTheirRequests_healthAndTriggerPollsStillAnswerAtOnce() {
    Endpoints.JsonEndpoint poll = Endpoints.json().get(0);
    assertThat(poll.sendValid().statusCode()).as("the poll works").isEqualTo(200);
    assertThat(Http.send("GET", "/health/live", null, null, Map.of()).statusCode()).isEqualTo(200);

    for (int i = 0; i < SLOW_CLIENTS; i++) {
      slowClients.add(i % 2 == 0 ? sendingHeadersSlowly() : sendingBodySlowly(poll));
    }
    trickle.scheduleAtFixedRate(this::oneMoreByteEach, 0, 50, TimeUnit.MILLISECONDS);
    Eventually.waitUntil(
        Duration.ofSeconds(10), "the slow clients trickle", () -> rounds.get() >= 5);

    Duration health = slowest(() -> Http.send("GET", "/health/live", null, null, Map.of()));
    Duration polls = slowest(poll::sendValid);

    assertThat(health).as("slowest /health/live").isLessThan(FAST_ENOUGH);
    assertThat(polls).as("slowest trigger poll").isLessThan(FAST_ENOUGH);
    assertThat(failedWrites.get()).as("writes of slow clients the server dropped").isZero();
  }

  private static Duration slowest(Supplier<HttpResponse<String>> request) {
    Duration slowest = Duration.ZERO;
    for (int i = 0; i < SAMPLES; i++) {
      long started = System.nanoTime();
      HttpResponse<String> response = request.get();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      slowest = took.compareTo(slowest) > 0 ? took : slowest;
    }
    return slowest;
  }

  /** A poll whose headers arrive a byte at a time, after the request line. */
  private static Socket sendingHeadersSlowly() {
    return open("POST " + Endpoints.POLL + " HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Slow: ");
  }

  /** A poll with all its headers, whose body then arrives a byte at a time. */
  private static Socket sendingBodySlowly(Endpoints.JsonEndpoint poll) {
    StringBuilder head = new StringBuilder("POST " + Endpoints.POLL + " HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\nContent-Type: application/json\r\n");
    poll.caller().headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: 100000\r\n\r\n");
    return open(head.toString(), "{\"a\":\"");
  }

  private static Socket open(String head, String start) {
    try {
      Socket socket = new Socket("127.0.0.1", TestApplication.get().baseUri().getPort());
      OutputStream out = socket.getOutputStream();
      out.write((head + start).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void oneMoreByteEach() {
    for (Socket socket : slowClients) {
      try {
        socket.getOutputStream().write('x');
        socket.getOutputStream().flush();
      } catch (IOException e) {
        failedWrites.incrementAndGet();
      }
    }
    rounds.incrementAndGet();
  }
}
