package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "oauth_authorization_codes")
class AuthorizationCodeEntity {
  @Id
  @Column(name = "code_hash", length = 64)
  String codeHash;

  @Column(name = "owner_id", length = 200, nullable = false)
  String ownerId;

  @Column(name = "client_id", length = 200, nullable = false)
  String clientId;

  @Column(name = "redirect_uri", length = 2000)
  String redirectUri;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  /** Set by the first redemption; the code is kept until it expires to recognise a second one. */
  @Column(name = "redeemed_at")
  Instant redeemedAt;
}
