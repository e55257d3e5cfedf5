package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;

/**
 * A client asking for an authorization code.
 *
 * @param redirectUri where the code goes (authorize page), or null when the owner's app asks for
 *     the code itself
 */
public record AuthorizationRequest(String clientId, String redirectUri) {
  /** The {@code client_id} columns. */
  public static final int MAX_CLIENT_ID_LENGTH = 200;

  /** The {@code oauth_authorization_codes.redirect_uri} column. */
  public static final int MAX_REDIRECT_URI_LENGTH = 2000;

  public AuthorizationRequest {
    if (clientId == null || clientId.isBlank()) {
      throw new InvalidAuthorizationRequestException("client_id is required");
    }
    if (clientId.length() > MAX_CLIENT_ID_LENGTH || TextRules.hasControlCharacters(clientId)) {
      throw new InvalidAuthorizationRequestException(
          "client_id must be at most " + MAX_CLIENT_ID_LENGTH + " characters, none a control");
    }
    if (redirectUri != null && redirectUri.isBlank()) {
      throw new InvalidAuthorizationRequestException("redirect_uri must not be blank");
    }
    if (redirectUri != null
        && (redirectUri.length() > MAX_REDIRECT_URI_LENGTH
            || TextRules.hasControlCharacters(redirectUri))) {
      throw new InvalidAuthorizationRequestException(
          "redirect_uri must be at most "
              + MAX_REDIRECT_URI_LENGTH
              + " characters, none a control");
    }
  }

  public static AuthorizationRequest withoutRedirect(String clientId) {
    return new AuthorizationRequest(clientId, null);
  }
}
