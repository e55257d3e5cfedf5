package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fired connection trigger with its ingredients (a JSON object). */
@Entity
@Table(name = "connection_trigger_events")
class ConnectionTriggerEventEntity {
  @Id
  @Column(name = "event_id", length = 200)
  String eventId;

  @Column(name = "connection_id", length = 64, nullable = false)
  String connectionId;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "trigger_id", length = 401, nullable = false)
  String triggerId;

  @Column(name = "feature_id", length = 200, nullable = false)
  String featureId;

  @Column(name = "user_feature_id", length = 200)
  String userFeatureId;

  @Column(name = "user_feature_trigger_id", length = 200)
  String userFeatureTriggerId;

  @Column(name = "ingredients", nullable = false)
  String ingredients;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;
}
