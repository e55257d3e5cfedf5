package io.robotconnect.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the platform reaches IFTTT's Connect API, and where the feature behaviours are declared. */
record ConnectSettings(
    URI apiUrl, List<URI> redirectUris, Duration timeout, Optional<Path> behavioursFile) {

  static ConnectSettings from(Environment env) {
    URI apiUrl =
        env.uri("ROBOTCONNECT_CONNECT_API_URL", "https://connect.ifttt.com", "https", "http");
    List<URI> redirects = new ArrayList<>();
    for (String text : env.list("ROBOTCONNECT_CONNECT_REDIRECT_URIS")) {
      URI uri;
      try {
        uri = URI.create(text);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(
            "ROBOTCONNECT_CONNECT_REDIRECT_URIS", "not a URI: '" + text + "'");
      }
      if (!uri.isAbsolute()) {
        throw new ConfigurationException(
            "ROBOTCONNECT_CONNECT_REDIRECT_URIS", "must be absolute URIs: '" + text + "'");
      }
      redirects.add(uri);
    }
    return new ConnectSettings(
        apiUrl,
        redirects,
        env.duration("ROBOTCONNECT_CONNECT_TIMEOUT", Duration.ofSeconds(15)),
        env.optional("ROBOTCONNECT_CONNECT_BEHAVIOURS").map(Path::of));
  }
}
