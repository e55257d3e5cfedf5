package io.robotconnect.application.port.in;

import java.util.Objects;

/** The token endpoint refuses a request; carries the RFC 6749 §5.2 error and a description. */
public class OAuthGrantException extends RuntimeException {
  private final OAuthError error;

  public OAuthGrantException(OAuthError error, String description) {
    super(description);
    this.error = Objects.requireNonNull(error, "error");
  }

  public OAuthError error() {
    return error;
  }
}
