package io.robotconnect.application.port.in;

import io.robotconnect.domain.TextRules;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Gives the owner's app the Connect URL that starts enabling a connection. */
public interface CreateConnectUrlUseCase {

  /**
   * The URL for the owner (their e-mail, a provisional access code when an OAuth code is given).
   * With {@code skipConfig} the owner's connection is pending until it is configured.
   *
   * @throws IllegalArgumentException when the redirect is missing or not registered
   */
  URI connectUrl(ConnectUrlCommand command);

  /** What the app asks for. */
  record ConnectUrlCommand(
      OwnerId owner,
      ConnectionId connection,
      Optional<URI> redirectUri,
      Optional<String> oauthCode,
      boolean skipConfig) {
    public ConnectUrlCommand {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(connection, "connection");
      redirectUri = redirectUri == null ? Optional.empty() : redirectUri;
      redirectUri.ifPresent(
          uri ->
              TextRules.requireAtMost(
                  uri.toString(), "redirect_uri", AuthorizationRequest.MAX_REDIRECT_URI_LENGTH));
      oauthCode = oauthCode == null ? Optional.empty() : oauthCode;
      oauthCode.ifPresent(
          code -> TextRules.requireName(code, "oauth_code", TokenGrant.MAX_SECRET_LENGTH));
      if (skipConfig && redirectUri.isEmpty()) {
        throw new IllegalArgumentException("redirect_uri is required with skip_config=true");
      }
    }
  }
}
