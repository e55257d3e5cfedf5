package io.robotconnect.application.service;

import static io.robotconnect.application.service.OAuthFixture.CLIENT_ID;
import static io.robotconnect.application.service.OAuthFixture.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.application.port.in.AuthorizationRequest;
import io.robotconnect.application.port.in.InvalidAuthorizationRequestException;
import io.robotconnect.domain.owner.OwnerId;
import org.junit.jupiter.api.Test;

class ClientAuthorizationServiceTest {
  private final OAuthFixture fx = new OAuthFixture();
  private final OwnerId ada = fx.newOwner();

  @Test
  void registeredClientAndRedirect_passTheCheck() {
    assertThatCode(() -> fx.authorization.check(new AuthorizationRequest(CLIENT_ID, REDIRECT)))
        .doesNotThrowAnyException();
  }

  @Test
  void unknownClient_isRefused() {
    assertThatThrownBy(() -> fx.authorization.check(new AuthorizationRequest("evil", REDIRECT)))
        .isInstanceOf(InvalidAuthorizationRequestException.class)
        .hasMessageContaining("client_id");
  }

  @Test
  void unregisteredRedirect_isRefused_evenWhenItOnlyExtendsARegisteredOne() {
    assertThatThrownBy(
            () ->
                fx.authorization.issueCode(
                    ada, new AuthorizationRequest(CLIENT_ID, REDIRECT + ".evil.example")))
        .isInstanceOf(InvalidAuthorizationRequestException.class)
        .hasMessageContaining("redirect_uri");
    assertThat(fx.codes.size()).isZero();
  }

  @Test
  void issuedCode_isStoredOnlyAsItsHash_boundToClientAndRedirect() {
    String code = fx.authorization.issueCode(ada, new AuthorizationRequest(CLIENT_ID, REDIRECT));

    assertThat(fx.codes.redeem(code, fx.clock.now())).isEmpty();
    var stored = fx.codes.redeem(SecretTokens.hash(code), fx.clock.now()).orElseThrow().code();
    assertThat(stored.owner()).isEqualTo(ada);
    assertThat(stored.clientId()).isEqualTo(CLIENT_ID);
    assertThat(stored.redirectUri()).isEqualTo(REDIRECT);
    assertThat(stored.expiresAt()).isEqualTo(fx.clock.now().plus(OAuthFixture.CODE_LIFETIME));
  }

  @Test
  void owner_isConnectedOnceHoldingTokens_andNotAfterRevoking() {
    assertThat(fx.authorization.isConnected(ada)).isFalse();
    fx.tokenService.issue(ada);
    assertThat(fx.authorization.isConnected(ada)).isTrue();

    fx.authorization.revokeAll(ada);

    assertThat(fx.authorization.isConnected(ada)).isFalse();
  }

  @Test
  void revokeAll_removesTheOwnersCodesAndTokensButNoOneElses() {
    OwnerId bob = fx.newOwner();
    fx.authorization.issueCode(ada, AuthorizationRequest.withoutRedirect(CLIENT_ID));
    String bobsToken = fx.tokenService.issue(bob).accessToken();
    String adasToken = fx.tokenService.issue(ada).accessToken();

    fx.authorization.revokeAll(ada);

    assertThat(fx.codes.size()).isZero();
    assertThat(fx.tokenService.authenticate(adasToken)).isEmpty();
    assertThat(fx.tokenService.authenticate(bobsToken)).contains(bob);
  }
}
