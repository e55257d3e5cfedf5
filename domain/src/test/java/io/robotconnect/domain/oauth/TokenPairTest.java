package io.robotconnect.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenPairTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration GRACE = Duration.ofHours(24);

  @Test
  void currentPair_worksForeverWithoutAnAccessExpiry() {
    TokenPair pair = pair(null);

    assertThat(pair.refreshUsableAt(T0.plus(Duration.ofDays(3650)), GRACE)).isTrue();
    assertThat(pair.accessUsableAt(T0.plus(Duration.ofDays(3650)), GRACE)).isTrue();
  }

  @Test
  void accessToken_stopsAtItsExpiry_whileTheRefreshTokenGoesOn() {
    TokenPair pair = pair(T0.plusSeconds(3600));

    assertThat(pair.accessUsableAt(T0.plusSeconds(3599), GRACE)).isTrue();
    assertThat(pair.accessUsableAt(T0.plusSeconds(3600), GRACE)).isFalse();
    assertThat(pair.refreshUsableAt(T0.plusSeconds(3600), GRACE)).isTrue();
  }

  @Test
  void supersededPair_worksUntilTheGracePeriodEnds() {
    TokenPair superseded = pair(null).supersededAt(T0);

    assertThat(superseded.refreshUsableAt(T0.plus(GRACE).minusSeconds(1), GRACE)).isTrue();
    assertThat(superseded.accessUsableAt(T0.plus(GRACE).minusSeconds(1), GRACE)).isTrue();
    assertThat(superseded.refreshUsableAt(T0.plus(GRACE), GRACE)).isFalse();
    assertThat(superseded.accessUsableAt(T0.plus(GRACE), GRACE)).isFalse();
  }

  @Test
  void supersedingAgain_keepsTheFirstTime() {
    TokenPair superseded = pair(null).supersededAt(T0);

    assertThat(superseded.supersededAt(T0.plusSeconds(60)).supersededAt()).isEqualTo(T0);
  }

  private static TokenPair pair(Instant accessExpiresAt) {
    return new TokenPair("a", "r", new OwnerId("ada"), "ifttt", T0, accessExpiresAt, null, "g");
  }
}
