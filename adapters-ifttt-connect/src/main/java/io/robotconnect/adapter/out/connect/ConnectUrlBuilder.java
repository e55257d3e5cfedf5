package io.robotconnect.adapter.out.connect;

import io.robotconnect.domain.connection.ConnectUrlRequest;
import java.net.URI;
import java.util.List;

/**
 * Builds {@code
 * https://ifttt.com/connect/{connection_id}?email=..&redirect_uri=..&code=..&skip_config=..}; only
 * redirects registered with IFTTT are allowed.
 */
final class ConnectUrlBuilder {
  private final URI base;
  private final List<URI> registeredRedirects;

  ConnectUrlBuilder(URI base, List<URI> registeredRedirects) {
    this.base = base;
    this.registeredRedirects = List.copyOf(registeredRedirects);
  }

  URI build(ConnectUrlRequest request) {
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
    OutboundUri url =
        OutboundUri.from(base)
            .segments("connect", request.connection().value())
            .query("email", request.email().value());
    request.redirectUri().ifPresent(r -> url.query("redirect_uri", r.toString()));
    request.code().ifPresent(c -> url.query("code", c));
    if (request.skipConfig()) {
      url.query("skip_config", "true");
    }
    return url.build();
  }
}
