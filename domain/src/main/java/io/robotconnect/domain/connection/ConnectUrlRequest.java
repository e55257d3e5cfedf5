package io.robotconnect.domain.connection;

import io.robotconnect.domain.owner.EmailAddress;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Connect URL says: whose e-mail, where to come back, a provisional access code, and whether
 * IFTTT should skip its configuration page ({@code skip_config}: then a redirect is required).
 */
public record ConnectUrlRequest(
    ConnectionId connection,
    EmailAddress email,
    Optional<URI> redirectUri,
    Optional<String> code,
    boolean skipConfig) {
  public ConnectUrlRequest {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(email, "email is required");
    redirectUri = redirectUri == null ? Optional.empty() : redirectUri;
    code = code == null ? Optional.empty() : code;
    if (skipConfig && redirectUri.isEmpty()) {
      throw new IllegalArgumentException("redirect_uri is required with skip_config=true");
    }
    redirectUri.ifPresent(
        uri -> {
          if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("redirect_uri must be absolute: " + uri);
          }
        });
  }
}
