package io.robotconnect.application.service;

import static io.robotconnect.application.service.OAuthFixture.CLIENT_ID;
import static io.robotconnect.application.service.OAuthFixture.CLIENT_SECRET;
import static io.robotconnect.application.service.OAuthFixture.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.IssuedTokens;
import io.robotconnect.application.port.in.OAuthError;
import io.robotconnect.application.port.in.OAuthGrantException;
import io.robotconnect.application.port.in.TokenGrant;
import io.robotconnect.application.port.in.TokenGrant.AuthorizationCodeGrant;
import io.robotconnect.application.port.in.TokenGrant.ClientCredentials;
import io.robotconnect.application.port.in.TokenGrant.RefreshTokenGrant;
import io.robotconnect.application.port.in.UnknownOwnerException;
import io.robotconnect.domain.owner.OwnerId;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
  private static final ClientCredentials CLIENT = new ClientCredentials(CLIENT_ID, CLIENT_SECRET);

  private final OAuthFixture fx = new OAuthFixture();
  private final OwnerId ada = fx.newOwner();

  @Test
  void code_isExchangedForTokensOfItsOwner() {
    IssuedTokens tokens = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));

    assertThat(tokens.owner()).isEqualTo(ada);
    assertThat(tokens.accessToken()).isNotEqualTo(tokens.refreshToken()).hasSize(43);
    assertThat(tokens.expiresIn()).isEmpty();
    assertThat(fx.tokenService.authenticate(tokens.accessToken())).contains(ada);
  }

  @Test
  void tokens_areStoredOnlyAsHashes() {
    IssuedTokens tokens = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));

    assertThat(fx.tokens.findByAccessTokenHash(tokens.accessToken())).isEmpty();
    assertThat(fx.tokens.findByRefreshTokenHash(tokens.refreshToken())).isEmpty();
    assertThat(fx.tokens.findByAccessTokenHash(SecretTokens.hash(tokens.accessToken())))
        .isPresent();
  }

  @Test
  void code_worksOnlyOnce() {
    String code = codeFor(ada);
    fx.tokenService.grant(codeGrant(code, REDIRECT));

    assertRefused(() -> fx.tokenService.grant(codeGrant(code, REDIRECT)), OAuthError.INVALID_GRANT);
  }

  @Test
  void codePresentedAgain_revokesTheTokensIssuedFromIt_andThoseRefreshedFromThem() {
    String code = codeFor(ada);
    IssuedTokens first = fx.tokenService.grant(codeGrant(code, REDIRECT));
    IssuedTokens refreshed = fx.tokenService.grant(refreshGrant(first.refreshToken()));
    IssuedTokens fromAnotherCode = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));
    IssuedTokens withoutCode = fx.tokenService.issue(ada);

    assertRefused(() -> fx.tokenService.grant(codeGrant(code, REDIRECT)), OAuthError.INVALID_GRANT);

    assertThat(fx.tokenService.authenticate(first.accessToken())).isEmpty();
    assertThat(fx.tokenService.authenticate(refreshed.accessToken())).isEmpty();
    assertRefused(
        () -> fx.tokenService.grant(refreshGrant(refreshed.refreshToken())),
        OAuthError.INVALID_GRANT);
    assertThat(fx.tokenService.authenticate(fromAnotherCode.accessToken())).contains(ada);
    assertThat(fx.tokenService.authenticate(withoutCode.accessToken())).contains(ada);
  }

  @Test
  void codePresentedAgain_byAClientThatFailsAuthentication_revokesNothing() {
    String code = codeFor(ada);
    IssuedTokens issued = fx.tokenService.grant(codeGrant(code, REDIRECT));

    assertRefused(
        () -> fx.tokenService.grant(codeGrantWithSecret(code, "wrong")), OAuthError.INVALID_CLIENT);

    assertThat(fx.tokenService.authenticate(issued.accessToken())).contains(ada);
  }

  @Test
  void code_expiresAfterItsLifetime() {
    String code = codeFor(ada);
    fx.clock.advance(OAuthFixture.CODE_LIFETIME);

    assertRefused(() -> fx.tokenService.grant(codeGrant(code, REDIRECT)), OAuthError.INVALID_GRANT);
  }

  @Test
  void code_isBoundToItsRedirectUri() {
    String code = codeFor(ada);

    assertRefused(
        () -> fx.tokenService.grant(codeGrant(code, "https://elsewhere.example/cb")),
        OAuthError.INVALID_GRANT);
  }

  @Test
  void codeFromTheOwnersApp_isRedeemedWithTheRegisteredRedirectUri() {
    String code = fx.authorization.issueCode(ada, AuthorizationRequest.withoutRedirect(CLIENT_ID));

    assertThat(fx.tokenService.grant(codeGrant(code, REDIRECT)).owner()).isEqualTo(ada);
  }

  @Test
  void unknownCode_isAnInvalidGrant() {
    assertRefused(
        () -> fx.tokenService.grant(codeGrant("made-up", REDIRECT)), OAuthError.INVALID_GRANT);
  }

  @Test
  void wrongClientSecretOrId_isAnInvalidClient_andLeavesTheCodeUsable() {
    String code = codeFor(ada);

    assertRefused(
        () -> fx.tokenService.grant(codeGrantWithSecret(code, "wrong")), OAuthError.INVALID_CLIENT);
    assertRefused(
        () ->
            fx.tokenService.grant(
                new AuthorizationCodeGrant(
                    new ClientCredentials("other", CLIENT_SECRET), code, REDIRECT)),
        OAuthError.INVALID_CLIENT);
    assertThat(fx.tokenService.grant(codeGrant(code, REDIRECT)).owner()).isEqualTo(ada);
  }

  @Test
  void missingClientCredentials_areAnInvalidClient() {
    assertRefused(() -> new ClientCredentials(CLIENT_ID, null), OAuthError.INVALID_CLIENT);
    assertRefused(() -> new ClientCredentials("", CLIENT_SECRET), OAuthError.INVALID_CLIENT);
  }

  @Test
  void refresh_issuesNewWorkingTokens() {
    IssuedTokens first = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));

    IssuedTokens second = fx.tokenService.grant(refreshGrant(first.refreshToken()));

    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(fx.tokenService.authenticate(second.accessToken())).contains(ada);
  }

  @Test
  void oldRefreshToken_keepsWorkingDuringTheGracePeriod_thenStops() {
    IssuedTokens first = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));
    fx.tokenService.grant(refreshGrant(first.refreshToken()));

    fx.clock.advance(OAuthFixture.GRACE.minusSeconds(1));
    IssuedTokens again = fx.tokenService.grant(refreshGrant(first.refreshToken()));
    assertThat(fx.tokenService.authenticate(again.accessToken())).contains(ada);

    fx.clock.advance(Duration.ofSeconds(1));
    assertRefused(
        () -> fx.tokenService.grant(refreshGrant(first.refreshToken())), OAuthError.INVALID_GRANT);
    assertThat(fx.tokenService.authenticate(first.accessToken())).isEmpty();
    assertThat(fx.tokenService.authenticate(again.accessToken())).contains(ada);
  }

  @Test
  void refresh_removesTheOwnersPairsWhoseGracePeriodIsOver() {
    IssuedTokens first = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));
    IssuedTokens second = fx.tokenService.grant(refreshGrant(first.refreshToken()));
    fx.clock.advance(OAuthFixture.GRACE.plusSeconds(1));

    IssuedTokens third = fx.tokenService.grant(refreshGrant(second.refreshToken()));

    assertThat(fx.tokens.size()).as("the first pair is gone").isEqualTo(2);
    assertThat(fx.tokenService.authenticate(second.accessToken())).contains(ada);
    assertThat(fx.tokenService.authenticate(third.accessToken())).contains(ada);
  }

  @Test
  void refreshTokens_neverExpireOnATimer() {
    IssuedTokens tokens = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));

    fx.clock.advance(Duration.ofDays(3650));

    assertThat(fx.tokenService.grant(refreshGrant(tokens.refreshToken())).owner()).isEqualTo(ada);
  }

  @Test
  void revokedRefreshToken_isAnInvalidGrant() {
    IssuedTokens tokens = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));
    fx.authorization.revokeAll(ada);

    assertRefused(
        () -> fx.tokenService.grant(refreshGrant(tokens.refreshToken())), OAuthError.INVALID_GRANT);
  }

  @Test
  void accessTokenUsedAsRefreshToken_isAnInvalidGrant() {
    IssuedTokens tokens = fx.tokenService.grant(codeGrant(codeFor(ada), REDIRECT));

    assertRefused(
        () -> fx.tokenService.grant(refreshGrant(tokens.accessToken())), OAuthError.INVALID_GRANT);
  }

  @Test
  void givenAccessTokenLifetime_accessTokensExpire_andSayWhen() {
    OAuthFixture expiring = new OAuthFixture(Duration.ofHours(1));
    OwnerId bob = expiring.newOwner();
    IssuedTokens tokens = expiring.tokenService.issue(bob);

    assertThat(tokens.expiresIn()).contains(Duration.ofHours(1));
    expiring.clock.advance(Duration.ofHours(1));
    assertThat(expiring.tokenService.authenticate(tokens.accessToken())).isEmpty();
    assertThat(expiring.tokenService.grant(refreshGrant(tokens.refreshToken())).owner())
        .isEqualTo(bob);
  }

  @Test
  void issue_givesAnExistingOwnerWorkingTokens_andRefusesUnknownOwners() {
    assertThat(fx.tokenService.authenticate(fx.tokenService.issue(ada).accessToken()))
        .contains(ada);
    assertThatThrownBy(() -> fx.tokenService.issue(new OwnerId("nobody")))
        .isInstanceOf(UnknownOwnerException.class);
  }

  @Test
  void unknownOrBlankAccessToken_authenticatesNobody() {
    assertThat(fx.tokenService.authenticate("INVALID")).isEmpty();
    assertThat(fx.tokenService.authenticate(" ")).isEmpty();
    assertThat(fx.tokenService.authenticate(null)).isEmpty();
  }

  private String codeFor(OwnerId owner) {
    return fx.authorization.issueCode(owner, new AuthorizationRequest(CLIENT_ID, REDIRECT));
  }

  private static TokenGrant codeGrant(String code, String redirectUri) {
    return new AuthorizationCodeGrant(CLIENT, code, redirectUri);
  }

  private static TokenGrant codeGrantWithSecret(String code, String clientSecret) {
    return new AuthorizationCodeGrant(
        new ClientCredentials(CLIENT_ID, clientSecret), code, REDIRECT);
  }

  private static TokenGrant refreshGrant(String refreshToken) {
    return new RefreshTokenGrant(CLIENT, refreshToken);
  }

  private static void assertRefused(ThrowingCallable call, OAuthError error) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            OAuthGrantException.class, e -> assertThat(e.error()).isEqualTo(error));
  }
}
