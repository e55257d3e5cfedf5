package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "owner_sessions")
class OwnerSessionEntity {
  @Id
  @Column(name = "token_hash", length = 64)
  String tokenHash;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;
}
