package io.robotconnect.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Owner accounts, the admin API and the OAuth2 client of IFTTT (see the README's table). */
record OAuthConfig(
    Optional<String> clientId,
    Optional<String> clientSecret,
    Optional<String> iftttServiceId,
    Set<String> redirectUris,
    Duration codeLifetime,
    Duration refreshGrace,
    Optional<Duration> accessTokenLifetime,
    Duration sessionLifetime,
    Optional<String> adminToken,
    int bcryptCost,
    int signInMaxFailures,
    Duration signInLockout) {

  static final String IFTTT_REDIRECT = "https://ifttt.com/channels/%s/authorize";
  static final String SERVICE_ID = "ROBOTCONNECT_IFTTT_SERVICE_ID";

  static OAuthConfig from(Environment env) {
    Optional<String> serviceId =
        env.optional(SERVICE_ID)
            .or(() -> DemoWiring.isOn(env) ? Optional.of(DemoWiring.SERVICE_ID) : Optional.empty());
    serviceId.ifPresent(
        id -> {
          if (!id.matches("[A-Za-z0-9_.-]{1,100}")) {
            throw new ConfigurationException(
                SERVICE_ID, "must be 1-100 of [A-Za-z0-9_.-], was '" + id + "'");
          }
        });
    Set<String> redirects = new LinkedHashSet<>();
    serviceId.ifPresent(id -> redirects.add(IFTTT_REDIRECT.formatted(id)));
    for (String uri : env.list("ROBOTCONNECT_OAUTH_REDIRECT_URIS")) {
      redirects.add(checkedRedirect(uri));
    }
    Duration accessLifetime = env.duration("ROBOTCONNECT_OAUTH_ACCESS_TOKEN_TTL", Duration.ZERO);
    return new OAuthConfig(
        env.optional("ROBOTCONNECT_OAUTH_CLIENT_ID"),
        env.optional("ROBOTCONNECT_OAUTH_CLIENT_SECRET"),
        serviceId,
        redirects,
        positive(env, "ROBOTCONNECT_OAUTH_CODE_TTL", Duration.ofMinutes(5)),
        env.duration("ROBOTCONNECT_OAUTH_REFRESH_GRACE", Duration.ofHours(24)),
        accessLifetime.isZero() ? Optional.empty() : Optional.of(accessLifetime),
        positive(env, "ROBOTCONNECT_SESSION_TTL", Duration.ofDays(30)),
        env.optional("ROBOTCONNECT_ADMIN_TOKEN"),
        env.integer("ROBOTCONNECT_PASSWORD_BCRYPT_COST", 12, 4, 31),
        env.integer("ROBOTCONNECT_SIGNIN_MAX_FAILURES", 5, 1, 1000),
        positive(env, "ROBOTCONNECT_SIGNIN_LOCKOUT", Duration.ofMinutes(15)));
  }

  private static String checkedRedirect(String text) {
    try {
      URI uri = new URI(text);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!uri.isAbsolute() || !web || uri.getHost() == null || uri.getFragment() != null) {
        throw new ConfigurationException(
            "ROBOTCONNECT_OAUTH_REDIRECT_URIS",
            "each entry must be an absolute http(s) URI without a fragment: '" + text + "'");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_OAUTH_REDIRECT_URIS", "not a URI: '" + text + "'");
    }
  }

  private static Duration positive(Environment env, String name, Duration fallback) {
    Duration value = env.duration(name, fallback);
    if (value.isZero()) {
      throw new ConfigurationException(name, "must be longer than zero");
    }
    return value;
  }

  @Override
  public String toString() {
    return "OAuthConfig[clientId="
        + clientId.orElse("(generated)")
        + ", redirectUris="
        + redirectUris
        + ", admin API "
        + (adminToken.isPresent() ? "enabled" : "disabled")
        + "]";
  }
}
