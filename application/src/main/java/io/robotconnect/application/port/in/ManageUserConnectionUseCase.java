package io.robotconnect.application.port.in;

import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionSnapshot;
import io.robotconnect.domain.connection.FieldValue;
import io.robotconnect.domain.connection.OptionsScope;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lets an owner's app show and configure the owner's connection ({@code skip_config} flows): show
 * it, list field options, update the configuration (checked against the definition first), and
 * refresh the labels.
 */
public interface ManageUserConnectionUseCase {

  /** The connection with the owner's status and configuration, fresh from IFTTT and stored. */
  ConnectionSnapshot show(OwnerId owner, ConnectionId connection);

  /** The options of the dropdown fields of a feature or step, per field id. */
  Map<String, List<FieldValue.Option>> fieldOptions(
      OwnerId owner, ConnectionId connection, OptionsScope scope);

  /**
   * Replaces the owner's configuration; ends the pending state.
   *
   * @throws InvalidConfigurationException naming each bad field, before anything is sent
   */
  ConnectionSnapshot update(UpdateUserConnectionCommand command);

  /** Makes IFTTT reload the labels of the owner's dropdown values. */
  void refresh(OwnerId owner, ConnectionId connection);

  /** A new configuration for the owner's connection. */
  record UpdateUserConnectionCommand(
      OwnerId owner, ConnectionId connection, List<UserFeature> features) {
    /** A connection has a handful of features. */
    public static final int MAX_FEATURES = 100;

    public UpdateUserConnectionCommand {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(connection, "connection");
      features = List.copyOf(Objects.requireNonNull(features, "user_features is required"));
      if (features.size() > MAX_FEATURES) {
        throw new IllegalArgumentException(
            "user_features has at most " + MAX_FEATURES + " features");
      }
    }
  }
}
