package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.connection.Connection;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.connection.ConnectionTriggerEvent;
import io.robotconnect.domain.connection.StepRef;
import io.robotconnect.domain.connection.UserConnection;
import io.robotconnect.domain.connection.UserConnectionStatus;
import io.robotconnect.domain.connection.UserFeature;
import io.robotconnect.domain.owner.OwnerId;
import java.util.List;
import java.util.Optional;

/** Maps connection definitions, user connections and connection trigger events. */
final class ConnectionMapper {
  private final ConnectionDocuments documents;
  private final JsonMaps maps;

  ConnectionMapper(ConnectionDocuments documents, JsonMaps maps) {
    this.documents = documents;
    this.maps = maps;
  }

  ConnectionDefinitionEntity toEntity(Connection connection) {
    ConnectionDefinitionEntity entity = new ConnectionDefinitionEntity();
    entity.connectionId = connection.id().value();
    entity.definition = documents.write(connection);
    return entity;
  }

  Connection toDomain(ConnectionDefinitionEntity entity) {
    return documents.readConnection(entity.definition);
  }

  UserConnectionEntity toEntity(UserConnection userConnection) {
    UserConnectionEntity entity = new UserConnectionEntity();
    entity.key =
        new UserConnectionEntity.Key(
            userConnection.user().value(), userConnection.connection().value());
    entity.status = userConnection.status().wireName();
    entity.pending = userConnection.pending();
    entity.features = documents.write(userConnection.features());
    return entity;
  }

  UserConnection toDomain(UserConnectionEntity entity, Connection definition) {
    List<UserFeature> features = documents.readUserFeatures(entity.features);
    return UserConnection.of(
        new OwnerId(entity.key.ownerId),
        definition,
        UserConnectionStatus.fromWireName(entity.status),
        entity.pending,
        features);
  }

  ConnectionTriggerEventEntity toEntity(ConnectionTriggerEvent event) {
    ConnectionTriggerEventEntity entity = new ConnectionTriggerEventEntity();
    entity.eventId = event.id();
    entity.connectionId = event.connection().value();
    entity.ownerId = event.user().value();
    entity.triggerId = event.trigger().qualified();
    entity.featureId = event.featureId();
    entity.userFeatureId = event.userFeatureId().orElse(null);
    entity.userFeatureTriggerId = event.userFeatureTriggerId().orElse(null);
    entity.ingredients = maps.write(event.ingredients());
    entity.receivedAt = event.receivedAt();
    return entity;
  }

  ConnectionTriggerEvent toDomain(ConnectionTriggerEventEntity entity) {
    return new ConnectionTriggerEvent(
        entity.eventId,
        new ConnectionId(entity.connectionId),
        new OwnerId(entity.ownerId),
        StepRef.parse(entity.triggerId),
        entity.featureId,
        Optional.ofNullable(entity.userFeatureId),
        Optional.ofNullable(entity.userFeatureTriggerId),
        maps.read(entity.ingredients),
        entity.receivedAt);
  }
}
