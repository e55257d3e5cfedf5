package io.robotconnect.application.port.out;

import io.robotconnect.domain.oauth.AuthorizationCode;
import java.util.Objects;

/**
 * An authorization code presented at the token endpoint, and whether this was its first redemption;
 * a later one means the code leaked (RFC 6749 §4.1.2).
 */
public record CodeRedemption(AuthorizationCode code, boolean first) {
  public CodeRedemption {
    Objects.requireNonNull(code, "code");
  }
}
