package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "oauth_token_pairs")
class TokenPairEntity {
  @Id
  @Column(name = "refresh_token_hash", length = 64)
  String refreshTokenHash;

  @Column(name = "access_token_hash", length = 64, nullable = false, unique = true)
  String accessTokenHash;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "client_id", length = 200, nullable = false)
  String clientId;

  @Column(name = "issued_at", nullable = false)
  Instant issuedAt;

  @Column(name = "access_expires_at")
  Instant accessExpiresAt;

  @Column(name = "superseded_at")
  Instant supersededAt;

  @Column(name = "grant_id", length = 64)
  String grantId;
}
