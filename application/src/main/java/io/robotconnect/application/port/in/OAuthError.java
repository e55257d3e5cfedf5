package io.robotconnect.application.port.in;

/** The token endpoint's error codes (RFC 6749 §5.2). */
public enum OAuthError {
  INVALID_REQUEST("invalid_request"),
  INVALID_CLIENT("invalid_client"),
  INVALID_GRANT("invalid_grant"),
  UNAUTHORIZED_CLIENT("unauthorized_client"),
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type");

  private final String code;

  OAuthError(String code) {
    this.code = code;
  }

  /** The value of the {@code error} member. */
  public String code() {
    return code;
  }
}
