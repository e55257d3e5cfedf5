package io.robotconnect.adapter.in.rest;

import io.robotconnect.domain.owner.OwnerId;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The one access-log line per request, whether Jersey answered it or the HTTP edge refused it:
 * {@code GET /raw/path 200 1.2 ms route=/template/{id} owner=...}, with the same values as the
 * event's key-value pairs ({@code method}, {@code path}, {@code route}, {@code status}, {@code
 * durationMs}) for the JSON log format. The owner of an authenticated request is in the logging
 * context ({@link #OWNER_MDC_KEY}) of every line of the request.
 */
public final class AccessLog {
  /** The logging context's key of the authenticated owner's id. */
  public static final String OWNER_MDC_KEY = "ownerId";

  private static final Logger ACCESS = LoggerFactory.getLogger("access");
  private static final String OWNER_PROPERTY = AccessLog.class.getName() + ".owner";

  private AccessLog() {}

  /**
   * Logs the request's line; the caller has the request id in the MDC.
   *
   * @param route the matched route template, empty when no resource matched
   * @param micros how long the request took, negative when unknown
   */
  public static void log(
      String method, String rawPath, Optional<String> route, int status, long micros) {
    StringBuilder line = new StringBuilder(method).append(' ').append(rawPath);
    line.append(' ').append(status);
    LoggingEventBuilder event =
        ACCESS
            .atInfo()
            .addKeyValue("method", method)
            .addKeyValue("path", rawPath)
            .addKeyValue("status", status);
    if (micros >= 0) {
      double millis = Math.round(micros / 100.0) / 10.0;
      line.append(' ').append(String.format(Locale.ROOT, "%.1f", millis)).append(" ms");
      event = event.addKeyValue("durationMs", millis);
    }
    if (route.isPresent()) {
      line.append(" route=").append(route.get());
      event = event.addKeyValue("route", route.get());
    }
    String owner = MDC.get(OWNER_MDC_KEY);
    if (owner != null) {
      line.append(" owner=").append(owner);
    }
    event.log(line.toString());
  }

  /** Names the request's owner in its later log lines and its access line. */
  public static void ownerKnown(ContainerRequestContext request, OwnerId owner) {
    request.setProperty(OWNER_PROPERTY, owner);
    MDC.put(OWNER_MDC_KEY, owner.value());
  }

  /** The owner {@link #ownerKnown} named for the request, if any. */
  static Optional<OwnerId> ownerOf(ContainerRequestContext request) {
    return request.getProperty(OWNER_PROPERTY) instanceof OwnerId owner
        ? Optional.of(owner)
        : Optional.empty();
  }
}
