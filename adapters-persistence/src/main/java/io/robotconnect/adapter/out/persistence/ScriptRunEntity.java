package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A run of a runtime script: its start, and once it ended, its record (JSON lists). */
@Entity
@Table(name = "script_runs")
class ScriptRunEntity {
  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "connection_id", length = 64, nullable = false)
  String connectionId;

  @Column(name = "feature_id", length = 200, nullable = false)
  String featureId;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "user_feature_id", length = 200)
  String userFeatureId;

  @Column(name = "fired_event_id", length = 200, nullable = false)
  String firedEventId;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  @Column(name = "replay_now", nullable = false)
  Instant replayNow;

  @Column(name = "random_seed", nullable = false)
  long randomSeed;

  /** Null until the run ended. */
  @Column(name = "outcome", length = 20)
  String outcome;

  @Column(name = "error_message", length = 2000)
  String errorMessage;

  @Column(name = "error_line")
  Integer errorLine;

  @Column(name = "exceeded_limit", length = 20)
  String exceededLimit;

  @Column(name = "warnings")
  String warnings;

  @Column(name = "calls")
  String calls;

  @Column(name = "console")
  String console;

  @Column(name = "duration_nanos")
  Long durationNanos;
}
