package io.robotconnect.bootstrap;

import java.time.Duration;

/**
 * How long the HTTP server waits for a client and how much it reads from it (see the README's
 * table).
 *
 * @param headerTimeout from the connection's opening (or its previous answer) to the end of the
 *     request's headers; also how long an idle keep-alive connection stays open, and the longest
 *     pause between two pieces of a body (Grizzly's idle timer)
 * @param bodyTimeout from the end of the headers to the end of the body
 * @param maxBodyBytes the largest request body read; a larger one is refused with 413
 */
public record HttpLimits(Duration headerTimeout, Duration bodyTimeout, int maxBodyBytes) {
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public static HttpLimits from(Environment env) {
    Duration headers = env.duration("ROBOTCONNECT_HTTP_HEADER_TIMEOUT", DEFAULT_HEADER_TIMEOUT);
    if (headers.toSeconds() < 1) {
      throw new ConfigurationException("ROBOTCONNECT_HTTP_HEADER_TIMEOUT", "must be at least 1 s");
    }
    Duration body = env.duration("ROBOTCONNECT_HTTP_BODY_TIMEOUT", DEFAULT_BODY_TIMEOUT);
    if (body.toSeconds() < 1) {
      throw new ConfigurationException("ROBOTCONNECT_HTTP_BODY_TIMEOUT", "must be at least 1 s");
    }
    return new HttpLimits(
        headers,
        body,
        env.integer(
            "ROBOTCONNECT_HTTP_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1024, 64 * 1024 * 1024));
  }
}
