package io.robotconnect.adapter.robot.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MQTT broker (moquette) inside the process, for running without an external broker. With a data
 * directory it keeps sessions, queued messages and retained messages across restarts.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final int MAX_MESSAGE_BYTES = 256 * 1024;
  private static final String TELEMETRY_ENABLED = "telemetry_enabled";

  private final String host;
  private final int port;
  private final Optional<Path> dataDir;
  private Server server;

  /**
   * @param dataDir where to keep the broker's state; empty keeps it in memory only
   */
  public EmbeddedBroker(String host, int port, Optional<Path> dataDir) {
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Starts the broker.
   *
   * @throws PortInUseException when the port is taken
   */
  public synchronized EmbeddedBroker start() {
    if (server != null) {
      return this;
    }
    requireFreePort();
    Properties properties = new Properties();
    properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
    properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
    properties.setProperty(
        BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
    properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
    properties.setProperty(
        BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
    properties.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
    properties.setProperty(TELEMETRY_ENABLED, "false");
    // moquette drops publishes when a session's command queue is full; make room for bursts
    properties.setProperty(BrokerConstants.SESSION_QUEUE_SIZE, "65536");
    properties.setProperty(
        BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, Boolean.toString(dataDir.isPresent()));
    properties.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, stateDirectory() + "/");
    Server started = new Server();
    try {
      started.startServer(new MemoryConfig(properties));
    } catch (IOException e) {
      throw new IllegalStateException("the embedded MQTT broker did not start: " + e, e);
    }
    server = started;
    LOG.info(
        "embedded MQTT broker listening on {}:{} ({})",
        host,
        port,
        dataDir.map(d -> "state in " + d).orElse("state in memory"));
    return this;
  }

  private String stateDirectory() {
    try {
      Path directory =
          dataDir.isPresent()
              ? Files.createDirectories(dataDir.get())
              : Files.createTempDirectory("robotconnect-broker");
      return directory.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the broker's directory " + dataDir, e);
    }
  }

  private void requireFreePort() {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      throw new PortInUseException(port);
    } catch (IOException e) {
      throw new PortInUseException(port);
    }
  }

  /** The address clients use to reach it. */
  public String url() {
    String target = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    return "tcp://" + target + ":" + port;
  }

  public int port() {
    return port;
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  /** Stops the broker; it may be started again. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stopServer();
      server = null;
      LOG.info("embedded MQTT broker on port {} stopped", port);
    }
  }

  /** The embedded broker's port is taken by another process. */
  public static final class PortInUseException extends RuntimeException {
    private final int port;

    public PortInUseException(int port) {
      super("port " + port + " is already in use");
      this.port = port;
    }

    public int port() {
      return port;
    }
  }
}
