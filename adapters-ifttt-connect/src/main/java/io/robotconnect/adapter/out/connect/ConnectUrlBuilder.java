package io.robotconnect.adapter.out.connect;

import io.robotconnect.domain.connection.ConnectUrlRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds {@code
 * https://ifttt.com/connect/{connection_id}?email=..&redirect_uri=..&code=..&skip_config=..}; only
 * redirects registered with IFTTT are allowed.
 */
public final class ConnectUrlBuilder {
  private final URI base;
  private final List<URI> registeredRedirects;

  public ConnectUrlBuilder(URI base, List<URI> registeredRedirects) {
    this.base = base;
    this.registeredRedirects = List.copyOf(registeredRedirects);
  }

  public URI build(ConnectUrlRequest request) {
    request
        .redirectUri()
        .ifPresent(
            redirect -> {
              if (!registeredRedirects.contains(redirect)) {
                throw new IllegalArgumentException(
                    "redirect_uri is not registered (ROBOTCONNECT_CONNECT_REDIRECT_URIS): "
                        + redirect);
              }
            });
    StringBuilder url =
        new StringBuilder(base.toString().replaceAll("/+$", ""))
            .append("/connect/")
            .append(encode(request.connection().value()))
            .append("?email=")
            .append(encode(request.email().value()));
    request.redirectUri().ifPresent(r -> url.append("&redirect_uri=").append(encode(r.toString())));
    request.code().ifPresent(c -> url.append("&code=").append(encode(c)));
    if (request.skipConfig()) {
      url.append("&skip_config=true");
    }
    return URI.create(url.toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
