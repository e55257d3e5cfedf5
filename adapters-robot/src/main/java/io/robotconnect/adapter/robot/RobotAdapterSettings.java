package io.robotconnect.adapter.robot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the robot adapter is set up with: where the fleet's broker is, how to log in to it, the
 * topic layout and this instance's session.
 *
 * @param clientId stable per instance, so that the broker keeps this instance's session (its
 *     subscriptions and the messages that arrive while it is away)
 * @param sharedSubscription subscribe through {@code $share/robotconnect/...} so that several
 *     instances share the robots' events; needs a broker that supports shared subscriptions
 * @param publishTimeout how long a command may wait for the broker's acknowledgement
 * @param eventThreads how many robot events are stored at once
 */
public record RobotAdapterSettings(
    Broker broker,
    Optional<String> username,
    Optional<String> password,
    RobotTopics topics,
    String clientId,
    boolean sharedSubscription,
    Duration publishTimeout,
    int eventThreads) {

  /** Where the fleet's broker is. */
  public sealed interface Broker {
    /** A broker that runs elsewhere, reached at {@code url} ({@code tcp://host:1883}). */
    record External(String url) implements Broker {
      public External {
        Objects.requireNonNull(url, "url");
      }
    }

    /**
     * A broker the adapter starts in this process.
     *
     * @param dataDir where it keeps its sessions and retained messages; empty keeps them in memory
     */
    record Embedded(String host, int port, Optional<Path> dataDir) implements Broker {
      public Embedded {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
      }
    }
  }

  public RobotAdapterSettings {
    Objects.requireNonNull(broker, "broker");
    username = username == null ? Optional.empty() : username;
    password = password == null ? Optional.empty() : password;
    Objects.requireNonNull(topics, "topics");
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("MQTT client id must not be blank");
    }
    Objects.requireNonNull(publishTimeout, "publishTimeout");
    if (eventThreads < 1) {
      throw new IllegalArgumentException("at least one event thread, not " + eventThreads);
    }
  }

  /** The session's settings once the broker's address is known. */
  MqttSettings mqtt(String serverUri) {
    return new MqttSettings(
        serverUri, username, password, topics, clientId, sharedSubscription, publishTimeout);
  }

  @Override
  public String toString() {
    return "RobotAdapterSettings[" + broker + ", client " + clientId + ", " + topics + "]";
  }
}
