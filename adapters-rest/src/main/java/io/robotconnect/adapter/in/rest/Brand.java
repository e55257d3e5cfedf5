package io.robotconnect.adapter.in.rest;

import io.robotconnect.domain.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The product's name and logo on the pages a robot owner sees.
 *
 * @param logo an image the owner's browser loads: absolute https, or http on this machine
 */
public record Brand(String name, Optional<URI> logo) {
  public static final String DEFAULT_NAME = "Robot Connect";
  public static final Brand DEFAULT = new Brand(DEFAULT_NAME, Optional.empty());
  public static final int MAX_NAME_LENGTH = 60;
  static final int MAX_LOGO_LENGTH = 2000;
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  public Brand {
    TextRules.requireName(name, "the brand name", MAX_NAME_LENGTH);
    Objects.requireNonNull(logo, "logo");
    logo.ifPresent(uri -> logoUrl(uri.toString()));
  }

  /**
   * The logo's URL, checked: absolute {@code https} (or {@code http} on localhost), with a host.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static URI logoUrl(String text) {
    if (text.length() > MAX_LOGO_LENGTH || TextRules.hasControlCharacters(text)) {
      throw new IllegalArgumentException(
          "must be a URL of at most " + MAX_LOGO_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: '" + text + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https") && !host.isEmpty();
    boolean localHttp = scheme.equals("http") && LOOPBACK_HOSTS.contains(host);
    if (!https && !localHttp || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "must be an absolute https URL (http only on localhost): '" + text + "'");
    }
    return uri;
  }

  /** Where the logo comes from, as a Content-Security-Policy source; empty without a logo. */
  public Optional<String> logoOrigin() {
    return logo.map(
        uri ->
            uri.getScheme().toLowerCase(Locale.ROOT)
                + "://"
                + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
  }
}
