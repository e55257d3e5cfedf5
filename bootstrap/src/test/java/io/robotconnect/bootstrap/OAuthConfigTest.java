package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuthConfigTest {

  @Test
  void defaults_generateTheClient_keepNoRedirect_andDisableTheAdminApi() {
    OAuthConfig config = OAuthConfig.from(new Environment(Map.of()));

    assertThat(config.clientId()).isEmpty();
    assertThat(config.clientSecret()).isEmpty();
    assertThat(config.redirectUris()).isEmpty();
    assertThat(config.codeLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.refreshGrace()).isEqualTo(Duration.ofHours(24));
    assertThat(config.accessTokenLifetime()).isEmpty();
    assertThat(config.sessionLifetime()).isEqualTo(Duration.ofDays(30));
    assertThat(config.signInMaxFailures()).isEqualTo(5);
    assertThat(config.signInLockout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.adminToken()).isEmpty();
    assertThat(config.bcryptCost()).isEqualTo(12);
  }

  @Test
  void serviceId_registersIftttsRedirect_besidesTheListedOnes() {
    OAuthConfig config =
        OAuthConfig.from(
            new Environment(
                Map.of(
                    "ROBOTCONNECT_IFTTT_SERVICE_ID", "kuri",
                    "ROBOTCONNECT_OAUTH_REDIRECT_URIS",
                        "https://app.example/cb, http://localhost:9000/cb")));

    assertThat(config.redirectUris())
        .containsExactly(
            "https://ifttt.com/channels/kuri/authorize",
            "https://app.example/cb",
            "http://localhost:9000/cb");
  }

  @Test
  void theDemo_registersTheRedirectOfTheDemoServiceId_unlessOneIsSet() {
    OAuthConfig demo = OAuthConfig.from(new Environment(Map.of("ROBOTCONNECT_DEMO", "true")));
    OAuthConfig ownId =
        OAuthConfig.from(
            new Environment(
                Map.of("ROBOTCONNECT_DEMO", "true", "ROBOTCONNECT_IFTTT_SERVICE_ID", "kuri")));

    assertThat(demo.iftttServiceId()).hasValue("robot-demo");
    assertThat(demo.redirectUris())
        .containsExactly("https://ifttt.com/channels/robot-demo/authorize");
    assertThat(ownId.redirectUris()).containsExactly("https://ifttt.com/channels/kuri/authorize");
  }

  @Test
  void graceAndLifetimes_takeSecondsOrIso8601() {
    OAuthConfig config =
        OAuthConfig.from(
            new Environment(
                Map.of(
                    "ROBOTCONNECT_OAUTH_REFRESH_GRACE", "3600",
                    "ROBOTCONNECT_OAUTH_ACCESS_TOKEN_TTL", "PT2H",
                    "ROBOTCONNECT_SESSION_TTL", "P7D")));

    assertThat(config.refreshGrace()).isEqualTo(Duration.ofHours(1));
    assertThat(config.accessTokenLifetime()).contains(Duration.ofHours(2));
    assertThat(config.sessionLifetime()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void signInThrottleSettings_outsideTheirRange_areRefusedNamingTheVariable() {
    assertThatThrownBy(
            () ->
                OAuthConfig.from(new Environment(Map.of("ROBOTCONNECT_SIGNIN_MAX_FAILURES", "0"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ROBOTCONNECT_SIGNIN_MAX_FAILURES");
    assertThatThrownBy(
            () -> OAuthConfig.from(new Environment(Map.of("ROBOTCONNECT_SIGNIN_LOCKOUT", "0"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ROBOTCONNECT_SIGNIN_LOCKOUT");
  }

  @Test
  void aRedirectUriThatIsNotAnAbsoluteWebUri_isRefusedNamingTheVariable() {
    Environment env =
        new Environment(Map.of("ROBOTCONNECT_OAUTH_REDIRECT_URIS", "/relative/callback"));

    assertThatThrownBy(() -> OAuthConfig.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_OAUTH_REDIRECT_URIS: ");
  }

  @Test
  void aZeroCodeLifetime_isRefusedNamingTheVariable() {
    Environment env = new Environment(Map.of("ROBOTCONNECT_OAUTH_CODE_TTL", "0"));

    assertThatThrownBy(() -> OAuthConfig.from(env))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("ROBOTCONNECT_OAUTH_CODE_TTL: ");
  }

  @Test
  void secrets_areNeverPrinted() {
    OAuthConfig config =
        OAuthConfig.from(
            new Environment(
                Map.of(
                    "ROBOTCONNECT_OAUTH_CLIENT_SECRET", "hunter2-secret",
                    "ROBOTCONNECT_ADMIN_TOKEN", "admin-hunter2")));

    assertThat(config.toString()).doesNotContain("hunter2");
  }
}
