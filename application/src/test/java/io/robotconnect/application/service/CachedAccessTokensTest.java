package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedAccessTokensTest {
  private static final OwnerId ALICE = new OwnerId("alice");
  private final ServiceTestFakes.Clock clock = new ServiceTestFakes.Clock();
  private final Map<String, OwnerId> liveTokens = new HashMap<>(Map.of("alice-token", ALICE));
  private final List<String> lookups = new ArrayList<>();
  private final CachedAccessTokens tokens =
      new CachedAccessTokens(
          token -> {
            lookups.add(token);
            return Optional.ofNullable(liveTokens.get(token));
          },
          owner -> liveTokens.values().removeIf(owner::equals),
          new ExpiringCache<>(clock, Duration.ofSeconds(5), 100));

  @Test
  void aValidToken_isLookedUpOnce_withinTheTimeToLive() {
    assertThat(tokens.authenticate("alice-token")).hasValue(ALICE);
    assertThat(tokens.authenticate("alice-token")).hasValue(ALICE);
    assertThat(lookups).hasSize(1);

    clock.now = clock.now.plusSeconds(5);
    assertThat(tokens.authenticate("alice-token")).hasValue(ALICE);
    assertThat(lookups).hasSize(2);
  }

  @Test
  void anInvalidToken_isNeverRemembered() {
    assertThat(tokens.authenticate("forged")).isEmpty();
    assertThat(tokens.authenticate("forged")).isEmpty();
    assertThat(lookups).containsExactly("forged", "forged");
  }

  @Test
  void givenRevocationOnThisInstance_aRememberedTokenStopsWorkingAtOnce() {
    assertThat(tokens.authenticate("alice-token")).hasValue(ALICE);
    tokens.revokeAll(ALICE);
    assertThat(tokens.authenticate("alice-token")).isEmpty();
  }

  @Test
  void blankTokens_areRefusedWithoutALookup() {
    assertThat(tokens.authenticate(" ")).isEmpty();
    assertThat(tokens.authenticate(null)).isEmpty();
    assertThat(lookups).isEmpty();
  }
}
