package io.robotconnect.adapter.robot;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one MQTT session reaches the broker (the platform's, made from {@link RobotAdapterSettings},
 * or a simulated robot's).
 *
 * @param clientId stable per instance, so that the broker keeps this instance's session (its
 *     subscriptions and the messages that arrive while it is away)
 * @param sharedSubscription subscribe through {@code $share/robotconnect/...} so that several
 *     instances share the robots' events; needs a broker that supports shared subscriptions
 * @param publishTimeout how long a command may wait for the broker's acknowledgement
 */
public record MqttSettings(
    String serverUri,
    Optional<String> username,
    Optional<String> password,
    RobotTopics topics,
    String clientId,
    boolean sharedSubscription,
    Duration publishTimeout) {
  public static final String SHARED_GROUP = "robotconnect";

  public MqttSettings {
    Objects.requireNonNull(serverUri, "serverUri");
    username = username == null ? Optional.empty() : username;
    password = password == null ? Optional.empty() : password;
    Objects.requireNonNull(topics, "topics");
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("MQTT client id must not be blank");
    }
    Objects.requireNonNull(publishTimeout, "publishTimeout");
  }

  /** Settings with an anonymous login, a private subscription and a 3-second publish timeout. */
  public static MqttSettings of(String serverUri, RobotTopics topics, String clientId) {
    return new MqttSettings(
        serverUri,
        Optional.empty(),
        Optional.empty(),
        topics,
        clientId,
        false,
        Duration.ofSeconds(3));
  }

  @Override
  public String toString() {
    return "MqttSettings[" + serverUri + ", client " + clientId + ", " + topics + "]";
  }
}
