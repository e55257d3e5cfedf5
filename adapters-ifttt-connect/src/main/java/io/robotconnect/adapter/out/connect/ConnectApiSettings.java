package io.robotconnect.adapter.out.connect;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach the Connect API.
 *
 * @param baseUri {@code https://connect.ifttt.com} in production
 * @param connectUrlBase where Connect URLs point, {@code https://ifttt.com}
 * @param redirectUris the redirects registered with IFTTT; a Connect URL may use only these
 */
public record ConnectApiSettings(
    URI baseUri,
    URI connectUrlBase,
    String serviceKey,
    List<URI> redirectUris,
    Duration connectTimeout,
    Duration readTimeout) {
  public static final URI DEFAULT_BASE_URI = URI.create("https://connect.ifttt.com");
  public static final URI DEFAULT_CONNECT_URL_BASE = URI.create("https://ifttt.com");

  public ConnectApiSettings {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(connectUrlBase, "connectUrlBase");
    if (serviceKey == null || serviceKey.isBlank()) {
      throw new IllegalArgumentException("the IFTTT service key is required");
    }
    redirectUris = List.copyOf(redirectUris == null ? List.of() : redirectUris);
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
  }

  @Override
  public String toString() {
    return "ConnectApiSettings[" + baseUri + ", key=***, redirects=" + redirectUris + "]";
  }
}
