package io.robotconnect.adapter.in.rest.admin;

import io.robotconnect.application.port.in.PageRequest;
import java.util.Optional;

/** Reads the {@code limit} and {@code cursor} query parameters every list endpoint takes. */
public final class PageParameters {
  private static final String BAD_LIMIT =
      "limit must be a number between 1 and " + PageRequest.MAX_LIMIT;

  private PageParameters() {}

  /** The page asked for; IllegalArgumentException (400) for a bad limit or cursor. */
  public static PageRequest read(String limit, String cursor) {
    int parsed = PageRequest.DEFAULT_LIMIT;
    if (limit != null) {
      if (!limit.matches("[0-9]{1,9}")) {
        throw new IllegalArgumentException(BAD_LIMIT);
      }
      parsed = Integer.parseInt(limit);
      if (parsed < 1 || parsed > PageRequest.MAX_LIMIT) {
        throw new IllegalArgumentException(BAD_LIMIT);
      }
    }
    return new PageRequest(parsed, Optional.ofNullable(cursor).filter(c -> !c.isEmpty()));
  }
}
