package io.robotconnect.adapter.out.persistence;

import io.robotconnect.domain.oauth.AuthorizationCode;
import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import io.robotconnect.domain.owner.OwnerSession;

/** Maps sessions, authorization codes and token pairs to and from their entities. */
final class OwnerCredentialMapper {
  private OwnerCredentialMapper() {}

  static OwnerSession toDomain(OwnerSessionEntity e) {
    return new OwnerSession(e.tokenHash, new OwnerId(e.ownerId), e.createdAt, e.expiresAt);
  }

  static OwnerSessionEntity toEntity(OwnerSession session) {
    OwnerSessionEntity e = new OwnerSessionEntity();
    e.tokenHash = session.tokenHash();
    e.ownerId = session.owner().value();
    e.createdAt = session.createdAt();
    e.expiresAt = session.expiresAt();
    return e;
  }

  static AuthorizationCode toDomain(AuthorizationCodeEntity e) {
    return new AuthorizationCode(
        e.codeHash, new OwnerId(e.ownerId), e.clientId, e.redirectUri, e.expiresAt);
  }

  static AuthorizationCodeEntity toEntity(AuthorizationCode code) {
    AuthorizationCodeEntity e = new AuthorizationCodeEntity();
    e.codeHash = code.codeHash();
    e.ownerId = code.owner().value();
    e.clientId = code.clientId();
    e.redirectUri = code.redirectUri();
    e.expiresAt = code.expiresAt();
    return e;
  }

  static TokenPair toDomain(TokenPairEntity e) {
    return new TokenPair(
        e.accessTokenHash,
        e.refreshTokenHash,
        new OwnerId(e.ownerId),
        e.clientId,
        e.issuedAt,
        e.accessExpiresAt,
        e.supersededAt,
        e.grantId);
  }

  static TokenPairEntity toEntity(TokenPair pair) {
    TokenPairEntity e = new TokenPairEntity();
    e.refreshTokenHash = pair.refreshTokenHash();
    e.accessTokenHash = pair.accessTokenHash();
    e.ownerId = pair.owner().value();
    e.clientId = pair.clientId();
    e.issuedAt = pair.issuedAt();
    e.accessExpiresAt = pair.accessExpiresAt();
    e.supersededAt = pair.supersededAt();
    e.grantId = pair.grantId();
    return e;
  }
}
