package io.robotconnect.bootstrap;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A private Mosquitto broker run as a child process of the test: its own port on 127.0.0.1, its own
 * persistence file and log in a directory of the test, stopped gracefully (SIGTERM, which makes
 * Mosquitto save its sessions and in-flight messages) and started again on the same port.
 */
final class MosquittoBroker implements AutoCloseable {
  static final String BINARY_VARIABLE = "ROBOTCONNECT_TEST_MOSQUITTO";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Path binary;
  private final Path dir;
  private final int port;
  private Process process;

  private MosquittoBroker(Path binary, Path dir, int port) {
    this.binary = binary;
    this.dir = dir;
    this.port = port;
  }

  /**
   * The Mosquitto binary: {@code ROBOTCONNECT_TEST_MOSQUITTO}, else {@code /usr/sbin/mosquitto},
   * else {@code mosquitto} on the PATH.
   */
  static Optional<Path> findBinary() {
    String named = System.getenv(BINARY_VARIABLE);
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      if (!Files.isExecutable(path)) {
        throw new AssertionError(BINARY_VARIABLE + "=" + named + " is not an executable file");
      }
      return Optional.of(path);
    }
    Path usual = Path.of("/usr/sbin/mosquitto");
    if (Files.isExecutable(usual)) {
      return Optional.of(usual);
    }
    String pathVariable = System.getenv().getOrDefault("PATH", "");
    return Stream.of(pathVariable.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(entry -> Path.of(entry, "mosquitto"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Writes the configuration into {@code dir} and starts the broker on {@code port}. */
  static MosquittoBroker start(Path binary, Path dir, int port) {
    MosquittoBroker broker = new MosquittoBroker(binary, dir, port);
    broker.writeConfig();
    broker.start();
    return broker;
  }

  String url() {
    return "tcp://127.0.0.1:" + port;
  }

  Path log() {
    return dir.resolve("mosquitto.log");
  }

  private Path config() {
    return dir.resolve("mosquitto.conf");
  }

  private void writeConfig() {
    String config =
        String.join(
            "\n",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous true",
            // when the test runs as root, Mosquitto would otherwise switch to user 'mosquitto'
            "user " + System.getProperty("user.name"),
            "persistence true",
            "persistence_location " + dir.toAbsolutePath() + File.separator,
            "max_inflight_messages 1000",
            "max_queued_messages 100000",
            "log_dest file " + log().toAbsolutePath(),
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "");
    try {
      Files.writeString(config(), config, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the broker (again) and waits until it takes connections. */
  synchronized void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("mosquitto is already running");
    }
    try {
      process =
          new ProcessBuilder(binary.toString(), "-c", config().toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("mosquitto.out").toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + binary, e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!acceptsConnections()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "mosquitto did not start on port " + port + "; see " + log() + ": " + logTail());
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  /** Stops the broker gracefully (SIGTERM) and waits until it has saved its state and exited. */
  synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new IllegalStateException("mosquitto did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private boolean acceptsConnections() {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  String logTail() {
    try {
      String text = Files.readString(log(), StandardCharsets.UTF_8);
      return text.substring(Math.max(0, text.length() - 4_000));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    stop();
  }
}
