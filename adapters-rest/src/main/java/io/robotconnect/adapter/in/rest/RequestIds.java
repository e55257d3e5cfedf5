package io.robotconnect.adapter.in.rest;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id carried by {@code X-Request-ID}, in the logging context as {@code requestId}. */
public final class RequestIds {
  public static final String HEADER = "X-Request-ID";
  public static final String MDC_KEY = "requestId";
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  /** The caller's id when it is safe to log, else a fresh one. */
  public static String acceptOrCreate(String headerValue) {
    if (headerValue != null && ACCEPTABLE.matcher(headerValue).matches()) {
      return headerValue;
    }
    return UUID.randomUUID().toString();
  }
}
