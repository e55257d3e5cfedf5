package io.robotconnect.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorizationCodeTest {
  private static final Instant EXPIRY = Instant.parse("2026-01-01T00:05:00Z");
  private static final String REDIRECT = "https://ifttt.com/channels/robot/authorize";

  @Test
  void code_expiresAtItsExpiryInstant() {
    AuthorizationCode code = code(REDIRECT);

    assertThat(code.isExpiredAt(EXPIRY.minusMillis(1))).isFalse();
    assertThat(code.isExpiredAt(EXPIRY)).isTrue();
  }

  @Test
  void boundCode_acceptsOnlyItsRedirectUri() {
    AuthorizationCode code = code(REDIRECT);

    assertThat(code.acceptsRedirectUri(REDIRECT)).isTrue();
    assertThat(code.acceptsRedirectUri(REDIRECT + "/")).isFalse();
    assertThat(code.acceptsRedirectUri(null)).isFalse();
  }

  @Test
  void unboundCode_acceptsAnyRedirectUri() {
    AuthorizationCode code = code(null);

    assertThat(code.boundRedirectUri()).isEmpty();
    assertThat(code.acceptsRedirectUri(REDIRECT)).isTrue();
    assertThat(code.acceptsRedirectUri(null)).isTrue();
  }

  private static AuthorizationCode code(String redirectUri) {
    return new AuthorizationCode("hash", new OwnerId("ada"), "ifttt", redirectUri, EXPIRY);
  }
}
