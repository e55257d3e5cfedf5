package io.robotconnect.bootstrap;

import io.robotconnect.adapter.in.rest.SecretDigest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may read {@code /metrics}: anyone, or, when {@code ROBOTCONNECT_METRICS_TOKEN} is set, only a
 * client that sends it as a bearer token.
 *
 * @param token the token's digest (the token itself is not kept), empty when /metrics is open
 */
record MetricsSettings(Optional<SecretDigest> token) {
  static final String TOKEN = "ROBOTCONNECT_METRICS_TOKEN";
  static final int MIN_TOKEN_LENGTH = 16;
  static final int MAX_TOKEN_LENGTH = 512;
  // RFC 6750's b64token: what a bearer token may be made of
  private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

  /**
   * Reads the token; a set but blank, short, long or non-token value stops start-up (a typo must
   * not leave /metrics open). The message never shows the value.
   */
  static MetricsSettings from(Environment env) {
    if (!env.isSet(TOKEN)) {
      return new MetricsSettings(Optional.empty());
    }
    String token = env.optional(TOKEN).orElse("");
    if (token.isEmpty()) {
      throw new ConfigurationException(
          TOKEN, "is set but blank; unset it to leave /metrics open, or give a token");
    }
    if (token.length() < MIN_TOKEN_LENGTH || token.length() > MAX_TOKEN_LENGTH) {
      throw new ConfigurationException(
          TOKEN,
          "must have "
              + MIN_TOKEN_LENGTH
              + " to "
              + MAX_TOKEN_LENGTH
              + " characters, has "
              + token.length());
    }
    if (!BEARER_TOKEN.matcher(token).matches()) {
      throw new ConfigurationException(
          TOKEN, "must be a bearer token: letters, digits and - . _ ~ + / (then = padding only)");
    }
    return new MetricsSettings(Optional.of(new SecretDigest(token, TOKEN)));
  }
}
