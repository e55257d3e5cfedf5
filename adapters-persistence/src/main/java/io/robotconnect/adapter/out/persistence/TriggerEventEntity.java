package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event of a subject's timeline; the subject is (owner, trigger slug, fields key). */
@Entity
@Table(name = "trigger_events")
class TriggerEventEntity {
  @Id
  @Column(name = "event_id", length = 100)
  String eventId;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "trigger_slug", length = 100, nullable = false)
  String triggerSlug;

  @Column(name = "fields_key", length = 64, nullable = false)
  String fieldsKey;

  /** The subject's field values as written with the event, a JSON object. */
  @Column(name = "subject_fields", nullable = false)
  String subjectFields;

  /** The ingredients, a JSON object, so a timeline read needs no second query. */
  @Column(name = "ingredients", nullable = false)
  String ingredients;

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;
}
