package io.robotconnect.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.application.port.out.OAuthTokenRepository;
import io.robotconnect.domain.oauth.TokenPair;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OAuthTokenRepository} must do; extend it once per implementation. */
public abstract class OAuthTokenRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private OAuthTokenRepository tokens;
  private OwnerId owner;
  private OwnerId otherOwner;

  /** A fresh, empty repository. */
  protected abstract OAuthTokenRepository newRepository();

  /** A new owner that exists in the store the repository writes to (a different one each call). */
  protected abstract OwnerId existingOwner();

  @BeforeEach
  void setUpContract() {
    tokens = newRepository();
    owner = existingOwner();
    otherOwner = existingOwner();
  }

  @Test
  void savedPair_isFoundByAccessHashAndByRefreshHash() {
    TokenPair pair = pair("a1", "r1", owner, T0.plusSeconds(3600));
    tokens.save(pair);

    assertThat(tokens.findByAccessTokenHash("a1")).contains(pair);
    assertThat(tokens.findByRefreshTokenHash("r1")).contains(pair);
  }

  @Test
  void pairWithoutAccessExpiry_roundTrips() {
    TokenPair pair = pair("a1", "r1", owner, null);
    tokens.save(pair);

    assertThat(tokens.findByAccessTokenHash("a1")).contains(pair);
  }

  @Test
  void unknownHashes_findNothing() {
    tokens.save(pair("a1", "r1", owner, null));

    assertThat(tokens.findByAccessTokenHash("r1")).isEmpty();
    assertThat(tokens.findByRefreshTokenHash("a1")).isEmpty();
  }

  @Test
  void supersede_recordsTheFirstTimeOnly() {
    tokens.save(pair("a1", "r1", owner, null));

    tokens.supersede("r1", T0.plusSeconds(10));
    tokens.supersede("r1", T0.plusSeconds(99));

    assertThat(tokens.findByRefreshTokenHash("r1").orElseThrow().supersededAt())
        .isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void ownerWithOnlySupersededPairs_hasNoCurrentPair() {
    tokens.save(pair("a1", "r1", owner, null));
    assertThat(tokens.hasCurrentPair(owner)).isTrue();

    tokens.supersede("r1", T0);

    assertThat(tokens.hasCurrentPair(owner)).isFalse();
    assertThat(tokens.hasCurrentPair(otherOwner)).isFalse();
  }

  @Test
  void deleteByOwner_removesOnlyThatOwnersPairs() {
    tokens.save(pair("a1", "r1", owner, null));
    tokens.save(pair("a2", "r2", owner, null));
    tokens.save(pair("a3", "r3", otherOwner, null));

    tokens.deleteByOwner(owner);

    assertThat(tokens.findByAccessTokenHash("a1")).isEmpty();
    assertThat(tokens.findByRefreshTokenHash("r2")).isEmpty();
    assertThat(tokens.findByAccessTokenHash("a3")).isPresent();
    assertThat(tokens.hasCurrentPair(owner)).isFalse();
  }

  @Test
  void deleteSupersededBefore_removesOnlyThatOwnersPairsSupersededEarlier() {
    tokens.save(pair("a1", "r1", owner, null));
    tokens.save(pair("a2", "r2", owner, null));
    tokens.save(pair("a3", "r3", owner, null));
    tokens.save(pair("a4", "r4", otherOwner, null));
    tokens.supersede("r1", T0);
    tokens.supersede("r2", T0.plusSeconds(60));
    tokens.supersede("r4", T0);

    assertThat(tokens.deleteSupersededBefore(owner, T0.plusSeconds(30))).isEqualTo(1);

    assertThat(tokens.findByRefreshTokenHash("r1")).isEmpty();
    assertThat(tokens.findByRefreshTokenHash("r2")).isPresent();
    assertThat(tokens.findByRefreshTokenHash("r3")).isPresent();
    assertThat(tokens.findByRefreshTokenHash("r4")).isPresent();
  }

  @Test
  void grantId_roundTrips_andDeleteByGrant_removesOnlyThatGrantsPairs() {
    TokenPair first = granted("a1", "r1", owner, "grant-1");
    tokens.save(first);
    tokens.save(granted("a2", "r2", owner, "grant-1"));
    tokens.save(granted("a3", "r3", owner, "grant-2"));
    tokens.save(pair("a4", "r4", owner, null));

    assertThat(tokens.findByAccessTokenHash("a1")).contains(first);
    tokens.deleteByGrant("grant-1");

    assertThat(tokens.findByAccessTokenHash("a1")).isEmpty();
    assertThat(tokens.findByRefreshTokenHash("r2")).isEmpty();
    assertThat(tokens.findByAccessTokenHash("a3")).isPresent();
    assertThat(tokens.findByAccessTokenHash("a4")).isPresent();
  }

  private static TokenPair pair(
      String accessHash, String refreshHash, OwnerId owner, Instant accessExpiresAt) {
    return new TokenPair(
        accessHash, refreshHash, owner, "ifttt-client", T0, accessExpiresAt, null, null);
  }

  private static TokenPair granted(
      String accessHash, String refreshHash, OwnerId owner, String grantId) {
    return new TokenPair(accessHash, refreshHash, owner, "ifttt-client", T0, null, null, grantId);
  }
}
