package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "trigger_identities")
class TriggerIdentityEntity {
  @Id
  @Column(name = "id", length = 200)
  String id;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "trigger_slug", length = 100, nullable = false)
  String triggerSlug;

  @Column(name = "fields_key", length = 64, nullable = false)
  String fieldsKey;

  /** The trigger field values as a JSON object. */
  @Column(name = "fields", nullable = false)
  String fields;

  @Column(name = "registered_at", nullable = false)
  Instant registeredAt;

  @Column(name = "deleted_at")
  Instant deletedAt;
}
