package io.robotconnect.application.port.in;

/**
 * A client asking for an authorization code.
 *
 * @param redirectUri where the code goes (authorize page), or null when the owner's app asks for
 *     the code itself
 */
public record AuthorizationRequest(String clientId, String redirectUri) {
  public AuthorizationRequest {
    if (clientId == null || clientId.isBlank()) {
      throw new InvalidAuthorizationRequestException("client_id is required");
    }
    if (redirectUri != null && redirectUri.isBlank()) {
      throw new InvalidAuthorizationRequestException("redirect_uri must not be blank");
    }
  }

  public static AuthorizationRequest withoutRedirect(String clientId) {
    return new AuthorizationRequest(clientId, null);
  }
}
