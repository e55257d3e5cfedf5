package io.robotconnect.application.port.in;

/** What a client presents at the token endpoint (RFC 6749 §4.1.3 and §6). */
public sealed interface TokenGrant {

  ClientCredentials client();

  /** Client id and secret, from the request body or HTTP Basic. */
  record ClientCredentials(String clientId, String clientSecret) {
    public ClientCredentials {
      if (clientId == null
          || clientId.isEmpty()
          || clientSecret == null
          || clientSecret.isEmpty()) {
        throw new OAuthGrantException(OAuthError.INVALID_CLIENT, "client authentication failed");
      }
    }

    @Override
    public String toString() {
      return "ClientCredentials[clientId=" + clientId + "]";
    }
  }

  /** {@code grant_type=authorization_code}. */
  record AuthorizationCodeGrant(ClientCredentials client, String code, String redirectUri)
      implements TokenGrant {
    public AuthorizationCodeGrant {
      if (code == null || code.isEmpty()) {
        throw new OAuthGrantException(OAuthError.INVALID_REQUEST, "code is required");
      }
    }

    @Override
    public String toString() {
      return "AuthorizationCodeGrant[client=" + client + ", redirectUri=" + redirectUri + "]";
    }
  }

  /** {@code grant_type=refresh_token}. */
  record RefreshTokenGrant(ClientCredentials client, String refreshToken) implements TokenGrant {
    public RefreshTokenGrant {
      if (refreshToken == null || refreshToken.isEmpty()) {
        throw new OAuthGrantException(OAuthError.INVALID_REQUEST, "refresh_token is required");
      }
    }

    @Override
    public String toString() {
      return "RefreshTokenGrant[client=" + client + "]";
    }
  }
}
