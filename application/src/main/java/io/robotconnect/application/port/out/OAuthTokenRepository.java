package io.robotconnect.application.port.out;

import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.Optional;

/** Stores issued IFTTT access/refresh token pairs by the hashes of their values. */
public interface OAuthTokenRepository {

  void save(TokenPair pair);

  Optional<TokenPair> findByAccessTokenHash(String accessTokenHash);

  Optional<TokenPair> findByRefreshTokenHash(String refreshTokenHash);

  /** Marks the pair superseded at {@code at} unless it already is (the first time counts). */
  void supersede(String refreshTokenHash, Instant at);

  /** Whether the owner holds a pair that has not been superseded. */
  boolean hasCurrentPair(OwnerId owner);

  /** Removes every pair of the owner. */
  void deleteByOwner(OwnerId owner);

  /** Removes the owner's pairs superseded before {@code cutoff}; returns how many. */
  int deleteSupersededBefore(OwnerId owner, Instant cutoff);

  /** Removes every pair issued from one grant: its first pair and those refreshed from it. */
  void deleteByGrant(String grantId);
}
