package io.robotconnect.domain.connection;

import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's state of a connection: whether it is on, whether it still waits for its first
 * configuration (pending, after {@code skip_config}), and the configured features. Built only
 * against the connection's definition, so every reference points at a feature step that exists.
 */
public final class UserConnection {
  private final OwnerId user;
  private final ConnectionId connection;
  private final UserConnectionStatus status;
  private final boolean pending;
  private final List<UserFeature> features;

  private UserConnection(
      OwnerId user,
      ConnectionId connection,
      UserConnectionStatus status,
      boolean pending,
      List<UserFeature> features) {
    this.user = user;
    this.connection = connection;
    this.status = status;
    this.pending = pending;
    this.features = features;
  }

  /**
   * A user connection of {@code definition}.
   *
   * @throws IllegalArgumentException when a user feature or step refers to something the connection
   *     does not have
   */
  public static UserConnection of(
      OwnerId user,
      Connection definition,
      UserConnectionStatus status,
      boolean pending,
      List<UserFeature> features) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(status, "status");
    List<UserFeature> copy = List.copyOf(features == null ? List.of() : features);
    for (UserFeature userFeature : copy) {
      Feature feature =
          definition
              .feature(userFeature.featureId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "connection "
                              + definition.id()
                              + " has no feature "
                              + userFeature.featureId()));
      for (UserFeatureStep step : userFeature.steps()) {
        if (feature.step(step.kind(), step.featureStepId()).isEmpty()) {
          throw new IllegalArgumentException(
              "feature "
                  + feature.id()
                  + " has no "
                  + step.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + step.featureStepId());
        }
      }
    }
    Ids.requireUnique(
        copy.stream().filter(f -> f.id().isPresent()).toList(),
        f -> f.id().orElseThrow(),
        "user feature id");
    return new UserConnection(user, definition.id(), status, pending, copy);
  }

  public OwnerId user() {
    return user;
  }

  public ConnectionId connection() {
    return connection;
  }

  public UserConnectionStatus status() {
    return status;
  }

  /** Made with {@code skip_config} and not yet updated: it runs nothing. */
  public boolean pending() {
    return pending;
  }

  public List<UserFeature> features() {
    return features;
  }

  /** Whether triggers may fire and actions and queries may run for this user now. */
  public boolean canRun() {
    return status == UserConnectionStatus.ENABLED && !pending;
  }

  public Optional<UserFeature> feature(String userFeatureId) {
    return features.stream()
        .filter(f -> f.id().isPresent() && f.id().get().equals(userFeatureId))
        .findFirst();
  }

  /** The same configuration with another status (e.g. after a disabled webhook). */
  public UserConnection withStatus(UserConnectionStatus newStatus) {
    return new UserConnection(
        user, connection, Objects.requireNonNull(newStatus), pending, features);
  }

  /** The configuration after an update: an update ends the pending state. */
  public UserConnection updated(Connection definition, List<UserFeature> newFeatures) {
    if (!definition.id().equals(connection)) {
      throw new IllegalArgumentException("definition is of another connection");
    }
    return of(user, definition, status, false, newFeatures);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserConnection other
        && user.equals(other.user)
        && connection.equals(other.connection)
        && status == other.status
        && pending == other.pending
        && features.equals(other.features);
  }

  @Override
  public int hashCode() {
    return Objects.hash(user, connection, status, pending, features);
  }

  @Override
  public String toString() {
    return "UserConnection["
        + user
        + ", "
        + connection
        + ", "
        + status
        + (pending ? ", pending]" : "]");
  }
}
