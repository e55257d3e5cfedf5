package io.robotconnect.application.port.in;

/** The OAuth2 token endpoint: exchanges a code or a refresh token for new tokens. */
public interface GrantTokensUseCase {

  /**
   * Authenticates the client and redeems the grant.
   *
   * @throws OAuthGrantException with the RFC 6749 §5.2 error code when it cannot
   */
  IssuedTokens grant(TokenGrant grant);
}
