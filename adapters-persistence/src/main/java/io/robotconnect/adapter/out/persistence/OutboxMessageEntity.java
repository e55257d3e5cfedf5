package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A queued message. A claim moves {@code due_at} to the end of the lease, so a claimed message is
 * simply not due until its claimer delivers it, retries it, or dies and the lease runs out.
 */
@Entity
@Table(name = "outbox_messages")
class OutboxMessageEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  Long id;

  @Column(name = "channel", length = 50, nullable = false)
  String channel;

  @Column(name = "payload", nullable = false)
  String payload;

  @Column(name = "attempts", nullable = false)
  int attempts;

  @Column(name = "due_at", nullable = false)
  Instant dueAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "last_error")
  String lastError;

  @Column(name = "given_up_at")
  Instant givenUpAt;
}
