package io.robotconnect.adapter.in.rest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one access-log line per request, whether Jersey answered it or the HTTP edge refused it. */
public final class AccessLog {
  private static final Logger ACCESS = LoggerFactory.getLogger("access");

  private AccessLog() {}

  /** Logs {@code METHOD /raw/path STATUS 123us}; the caller has the request id in the MDC. */
  public static void log(String method, String rawPath, int status, long micros) {
    ACCESS.info("{} {} {} {}us", method, rawPath, status, micros);
  }
}
