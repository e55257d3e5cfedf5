package io.robotconnect.application.port.in;

/** What a client presents at the token endpoint (RFC 6749 §4.1.3 and §6). */
public sealed interface TokenGrant {
  /**
   * Secrets, codes and tokens we issue are 43 characters; a client secret is the configured one.
   * Nothing longer can match, so it is refused before any lookup.
   */
  int MAX_SECRET_LENGTH = 200;

  ClientCredentials client();

  /** Client id and secret, from the request body or HTTP Basic. */
  record ClientCredentials(String clientId, String clientSecret) {
    public ClientCredentials {
      if (clientId == null
          || clientId.isEmpty()
          || clientId.length() > AuthorizationRequest.MAX_CLIENT_ID_LENGTH
          || clientSecret == null
          || clientSecret.isEmpty()
          || clientSecret.length() > MAX_SECRET_LENGTH) {
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
      if (code.length() > MAX_SECRET_LENGTH) {
        throw new OAuthGrantException(
            OAuthError.INVALID_REQUEST,
            "code must be at most " + MAX_SECRET_LENGTH + " characters");
      }
      if (redirectUri != null
          && redirectUri.length() > AuthorizationRequest.MAX_REDIRECT_URI_LENGTH) {
        throw new OAuthGrantException(
            OAuthError.INVALID_REQUEST,
            "redirect_uri must be at most "
                + AuthorizationRequest.MAX_REDIRECT_URI_LENGTH
                + " characters");
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
      if (refreshToken.length() > MAX_SECRET_LENGTH) {
        throw new OAuthGrantException(
            OAuthError.INVALID_REQUEST,
            "refresh_token must be at most " + MAX_SECRET_LENGTH + " characters");
      }
    }

    @Override
    public String toString() {
      return "RefreshTokenGrant[client=" + client + "]";
    }
  }
}
